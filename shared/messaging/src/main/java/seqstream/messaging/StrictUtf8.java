package seqstream.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import seqstream.contracts.InvalidMessageException;

/** Strict UTF-8, for Kafka values and REST bodies alike: bytes that are not text are refused, not silently replaced. */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    public static String decode(byte[] bytes) {
        if (bytes == null) {
            throw new InvalidMessageException("empty message (null value): expected a JSON object");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMessageException("not UTF-8 text: expected a JSON object");
        }
    }
}
