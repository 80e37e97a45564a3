package org.daybrief.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * The names of a zip's entries as their writer meant them. A name flagged UTF-8 (or given in the Unicode extra
 * field) is taken as it is; an unflagged one is in whatever charset the writer's system used (GBK or Shift_JIS
 * from Windows in China or Japan): it is read as UTF-8 when its bytes are valid UTF-8, else in the charset
 * Tika's detector finds for all such names of the archive together (one name alone is too short to tell) and
 * that reads them all without an invalid byte, else in IBM437, the zip format's own. A few CJK characters alone
 * cannot always be told apart (two kanji in Shift_JIS are also two valid GBK or Big5 characters): such names may
 * come out in the wrong script, but whole and distinct. Two entries that still end up with one name are kept apart ({@code a (2).txt}),
 * so neither is lost in the digest.
 */
final class ZipEntryNames {

    /** Below this confidence (0-100) the detector's guess is no better than the zip format's default. */
    private static final int MIN_CONFIDENCE = 10;
    private static final Charset ZIP_DEFAULT = Charset.forName("IBM437");

    private ZipEntryNames() {
    }

    /** The name of each entry, distinct within the archive. */
    static Map<ZipArchiveEntry, String> of(List<ZipArchiveEntry> entries) {
        ByteArrayOutputStream unflagged = new ByteArrayOutputStream();
        for (ZipArchiveEntry e : entries) {
            if (needsDecoding(e) && utf8(e.getRawName()) == null) {
                unflagged.writeBytes(e.getRawName());
                unflagged.write('\n');
            }
        }
        Charset guess = unflagged.size() == 0 ? ZIP_DEFAULT : detect(unflagged.toByteArray());
        Map<ZipArchiveEntry, String> names = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ZipArchiveEntry e : entries) {
            String name = e.getName();
            if (needsDecoding(e)) {
                String asUtf8 = utf8(e.getRawName());
                name = asUtf8 != null ? asUtf8 : new String(e.getRawName(), guess);
            }
            names.put(e, distinct(name, taken));
        }
        return names;
    }

    private static boolean needsDecoding(ZipArchiveEntry e) {
        return e.getNameSource() == ZipArchiveEntry.NameSource.NAME && e.getRawName() != null;
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String utf8(byte[] raw) {
        return decode(StandardCharsets.UTF_8, raw);
    }

    /** The likeliest charset that reads every one of the names without an invalid or unmapped byte. */
    private static Charset detect(byte[] names) {
        try {
            for (CharsetMatch match : new CharsetDetector().setText(names).detectAll()) {
                if (match.getConfidence() >= MIN_CONFIDENCE && Charset.isSupported(match.getName())
                        && decodes(Charset.forName(match.getName()), names)) {
                    return Charset.forName(match.getName());
                }
            }
        } catch (RuntimeException e) {
            // the zip format's own charset then
        }
        return ZIP_DEFAULT;
    }

    private static boolean decodes(Charset charset, byte[] bytes) {
        return decode(charset, bytes) != null;
    }

    /** The bytes in the charset, or null when some are invalid or unmapped in it. */
    private static String decode(Charset charset, byte[] raw) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The name, or with " (2)", " (3)", ... before its extension when an earlier entry has it already. */
    static String distinct(String name, Set<String> taken) {
        if (taken.add(name)) {
            return name;
        }
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        int cut = dot > slash + 1 ? dot : name.length();
        for (int n = 2; ; n++) {
            String candidate = name.substring(0, cut) + " (" + n + ")" + name.substring(cut);
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }
}
