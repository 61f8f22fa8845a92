package io.courier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.lang.reflect.Type;
import java.util.Objects;

/** The default {@link BodyCodec}: JSON through a Jackson {@link ObjectMapper}. */
public final class JacksonCodec implements BodyCodec {
  private final ObjectMapper mapper;

  private JacksonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A codec with a plain {@code ObjectMapper}. */
  public static JacksonCodec create() {
    return new JacksonCodec(new ObjectMapper());
  }

  /** A codec with the given, already configured {@code ObjectMapper}. */
  public static JacksonCodec create(ObjectMapper mapper) {
    return new JacksonCodec(Objects.requireNonNull(mapper, "mapper"));
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public <T> Writer<T> writer(Type type) {
    // An ObjectWriter bound to the declared type writes List<User> the same way whatever the runtime class is.
    ObjectWriter writer = mapper.writerFor(mapper.constructType(type));
    return writer::writeValueAsBytes;
  }

  @Override
  public <T> Reader<T> reader(Type type) {
    ObjectReader reader = mapper.readerFor(mapper.constructType(type));
    return reader::readValue;
  }
}
