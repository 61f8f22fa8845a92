package io.courier.testsupport;

import io.courier.Courier;
import io.courier.okhttp.OkHttpTransport;
import java.util.Locale;

/**
 * The transports Courier can send through; {@link TransportTest} runs each test once per constant.
 *
 * <p>A new transport is one constant here, whose {@link #configure} selects it on the builder, plus its module as a
 * dependency of this one.
 */
public enum TransportKind {
  /** The JDK's {@code java.net.http.HttpClient}: the builder's default, so there is nothing to set. */
  JDK {
    @Override
    public Courier.Builder configure(Courier.Builder builder) {
      return builder;
    }
  },
  /** OkHttp, through {@code io.courier:courier-okhttp}, on a client of the transport's own. */
  OKHTTP {
    @Override
    public Courier.Builder configure(Courier.Builder builder) {
      return builder.transport(OkHttpTransport.create());
    }
  };

  /** Selects this transport on {@code builder} and returns it, so that calls chain. */
  public abstract Courier.Builder configure(Courier.Builder builder);

  /** The name in test reports, such as {@code jdk}. */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
