package io.courier.it;

import io.courier.BodyCodec;
import io.courier.JacksonCodec;
import java.lang.reflect.Type;
import java.util.concurrent.atomic.AtomicInteger;

/** Jackson's JSON codec, counting how often its readers are asked to decode, to prove when decoding is skipped. */
final class CountingCodec implements BodyCodec {
  private final BodyCodec json = JacksonCodec.create();
  private final AtomicInteger reads = new AtomicInteger();

  /** How many bodies were decoded so far. */
  int reads() {
    return reads.get();
  }

  @Override
  public String mediaType() {
    return json.mediaType();
  }

  @Override
  public <T> Writer<T> writer(Type type) {
    return json.writer(type);
  }

  @Override
  public <T> Reader<T> reader(Type type) {
    Reader<T> reader = json.reader(type);
    return bytes -> {
      reads.incrementAndGet();
      return reader.read(bytes);
    };
  }
}
