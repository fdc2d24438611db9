package desk.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/** Header fields and body text from bytes to text: charsets, encoded words, unfolding. */
final class HeaderText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HeaderText() {
    }

    /**
     * A field's value as written, unfolded: raw UTF-8 (RFC 6532) is read as such, other 8-bit bytes
     * as windows-1252 (the charset a client writing them unlabelled most likely used).
     */
    static String value(Field field) {
        ByteSequence raw = field.getRaw();
        String text = raw == null ? field.getName() + ": " + field.getBody() : decode(raw.toByteArray(), null);
        int colon = text.indexOf(':');
        String value = colon < 0 ? "" : text.substring(colon + 1);
        return value.replaceAll("\r?\n(?=[ \t])", "").replaceAll("[\r\n]", "").strip();
    }

    /** RFC 2047 encoded words decoded; one in an unknown charset is left as written. */
    static String decodeWords(String value) {
        String decoded = value;
        if (value.contains("=?")) {
            try {
                decoded = DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
            } catch (IllegalArgumentException undecodable) {
                // left as written: a subject shown with its encoding beats a mail lost
            }
        }
        return decoded.replaceAll("[\\p{Cntrl}&&[^\t]]", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * Bytes in the declared charset. An unknown or absent charset, or US-ASCII (which 8-bit bytes
     * often pretend to be), is read as UTF-8 when the bytes are valid UTF-8, else as windows-1252.
     */
    static String decode(byte[] bytes, String declaredCharset) {
        Charset charset = lookup(declaredCharset);
        if (charset != null && !charset.equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String cleaned = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        try {
            // Mail says iso-8859-1 and means windows-1252 (which only adds printable characters).
            return cleaned.equals("iso-8859-1") || cleaned.equals("latin1") ? WINDOWS_1252 : Charset.forName(cleaned);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
