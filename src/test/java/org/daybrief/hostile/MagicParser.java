package org.daybrief.hostile;

import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/** A test-only parser of one made-up type, which its {@link MagicDetector} finds by a magic string. */
abstract class MagicParser implements Parser {

    private final Set<MediaType> types;

    MagicParser(String type) {
        this.types = Set.of(MediaType.parse(type));
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return types;
    }
}
