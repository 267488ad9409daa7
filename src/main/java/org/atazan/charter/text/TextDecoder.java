package org.atazan.charter.text;

import org.atazan.charter.CharterInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns uploaded bytes into lines of text, refusing empty, binary and non-UTF-8 input with its line. */
final class TextDecoder {
    private TextDecoder() {
    }

    static List<String> lines(String source, byte[] bytes) {
        String text = decode(source, bytes);
        if (text.isBlank()) throw new CharterInputException(source, 1, "empty file: no text to read");
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    static String decode(String source, byte[] bytes) {
        if (bytes.length == 0) throw new CharterInputException(source, 1, "empty file: no text to read");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new CharterInputException(source, lineAt(bytes, i), "binary file (NUL byte), not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new CharterInputException(source, lineAt(bytes, in.position()), "not UTF-8 text (invalid byte sequence)");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

}
