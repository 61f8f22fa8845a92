package com.acme.crud;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Path;
import io.courier.http.Put;
import java.util.List;

/** A concrete interface that inherits its methods from a generic parent, with type arguments resolved. */
public interface InheritedApi extends CrudApi<InheritedApi.Item, Long> {
  record Item(String name) {}

  @Put("/items/{id}/name")
  String rename(@Path("id") long id, @Body String name);
}

/** A generic parent: no implementation of its own, its sub-interfaces get one. */
interface CrudApi<T, K> {
  @Put("/items/{id}")
  Response<T> save(@Path("id") K id, @Body T item);

  @Put("/items")
  List<T> saveAll(@Body List<T> items);
}
