package io.courier.benchmarks;

import java.io.IOException;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Retrofit 2 on OkHttp 5 with its Jackson converter, each with its defaults. */
final class RetrofitClient implements PeerClient {
  /** The benchmark's API in Retrofit's annotations. */
  public interface Api {
    @PUT("items/{id}")
    Call<Void> put(@Path("id") long id, @Body Item item);

    @GET("items/{id}")
    Call<Item> get(@Path("id") long id);
  }

  private final OkHttpClient okHttp;
  private final Api api;

  RetrofitClient(String baseUri) {
    this(baseUri, new OkHttpClient());
  }

  /** On the given client, as the overhead benchmark runs every OkHttp client on one. */
  RetrofitClient(String baseUri, OkHttpClient okHttp) {
    this.okHttp = okHttp;
    this.api = new Retrofit.Builder()
        .baseUrl(baseUri.endsWith("/") ? baseUri : baseUri + "/")
        .client(okHttp)
        .addConverterFactory(JacksonConverterFactory.create())
        .build()
        .create(Api.class);
  }

  @Override
  public void put(long id, Item item) throws IOException {
    expect(204, api.put(id, item).execute());
  }

  @Override
  public Item get(long id) throws IOException {
    return expect(200, api.get(id).execute()).body();
  }

  @Override
  public void close() {
    // Let the JVM exit without waiting for OkHttp's idle threads.
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  private static <T> Response<T> expect(int expected, Response<T> response) throws IOException {
    if (response.code() != expected) {
      throw new IOException("HTTP " + response.code() + ", expected " + expected);
    }
    return response;
  }
}
