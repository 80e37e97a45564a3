package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.sax.ToTextContentHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class StopWhenAbandonedTest {

    @Test
    void anAbandonedParseDiesAtItsNextWriteAndWritesNothingMore() throws Exception {
        AtomicBoolean abandoned = new AtomicBoolean();
        ToTextContentHandler text = new ToTextContentHandler();
        StopWhenAbandoned handler = new StopWhenAbandoned(text, abandoned::get);
        handler.characters("kept ".toCharArray(), 0, 5);
        abandoned.set(true);
        assertThatThrownBy(() -> handler.characters("lost".toCharArray(), 0, 4)).isInstanceOf(SAXException.class)
                .hasMessage("parse abandoned after its timeout");
        assertThatThrownBy(() -> handler.startElement("", "p", "p", new AttributesImpl()))
                .isInstanceOf(SAXException.class);
        assertThat(text.toString()).isEqualTo("kept ");
    }
}
