package com.acme.nested;

import io.courier.http.Body;
import io.courier.http.Put;

/** A nested, package-private interface. */
final class Outer {
  private Outer() {}

  interface Api {
    @Put("/notes/{id}")
    void put(int id, @Body String note);

    default void putTwice(int id, String note) {
      put(id, note);
      put(id, note);
    }

    static String describe() {
      return "notes";
    }
  }
}
