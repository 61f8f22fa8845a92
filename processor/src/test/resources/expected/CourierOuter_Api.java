package com.acme.nested;

import io.courier.Courier;
import io.courier.internal.BodyWriters;
import io.courier.internal.ClientFactory;
import io.courier.internal.Endpoint;
import io.courier.internal.Engine;
import io.courier.internal.Returns;
import javax.annotation.processing.Generated;

/**
 * Generated implementation of {@link Outer.Api}.
 */
@Generated(
    value = "io.courier.processor.CourierProcessor",
    comments = "Generated from com.acme.nested.Outer.Api"
)
public final class CourierOuter_Api implements Outer.Api {
  private final Endpoint<Void> put;

  /**
   * Creates a client that sends its calls through {@code courier}.
   */
  public CourierOuter_Api(Courier courier) {
    Engine engine = courier.engine();
    this.put = engine.endpoint("PUT", "/notes/{id}")
        .withBody()
        .idempotent()
        .returning(Returns.discard());
  }

  @Override
  public void put(int id, String note) {
    // PUT /notes/{id}
    this.put.call()
        .path("notes/")
        .pathSegment("id", id)
        .body("note", BodyWriters.string(), note)
        .execute();
  }

  /**
   * Lets {@code Courier.create} find this implementation through {@link java.util.ServiceLoader}.
   */
  public static final class Factory implements ClientFactory {
    /**
     * Called by {@code ServiceLoader}.
     */
    public Factory() {
    }

    @Override
    public Class<?> api() {
      return Outer.Api.class;
    }

    @Override
    public Object create(Courier courier) {
      return new CourierOuter_Api(courier);
    }
  }
}
