package io.courier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.courier.transport.RequestBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content-Digest values against RFC 9530's own example, and a file read through the buffer against its bytes. */
class ContentDigestsTest {
  @Test
  void theRfcExample() {
    // RFC 9530, section 2: the digest of the JSON object {"hello": "world"}.
    assertEquals("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:",
        ContentDigests.of("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anEmptyBody() throws IOException {
    assertEquals("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:", ContentDigests.of(RequestBody.EMPTY));
  }

  @Test
  void aFileLargerThanTheBufferDigestsAsItsBytes(@TempDir Path dir) throws IOException {
    byte[] bytes = new byte[200_001]; // three buffers and a bit
    new Random(7).nextBytes(bytes);
    Path file = Files.write(dir.resolve("data"), bytes);

    assertEquals(ContentDigests.of(bytes), ContentDigests.of(RequestBody.ofFile(file, bytes.length, null)));
  }

  @Test
  void aBodyReadOnceIsRefused(@TempDir Path dir) throws IOException {
    Path pipe = Files.write(dir.resolve("pipe"), new byte[] {1});

    assertThrows(IOException.class, () -> ContentDigests.of(RequestBody.ofFile(pipe, -1, null)));
  }
}
