package io.courier.benchmarks;

import io.courier.Response;
import io.courier.http.Body;
import io.courier.http.Path;
import io.courier.http.Put;

/** The API the transport benchmark calls through Courier: one PUT of a small byte body. */
public interface BenchApi {
  @Put("/bench/{name}")
  Response<Void> put(@Path("name") String name, @Body byte[] body);
}
