package io.courier.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a parameter's value into the texts it sends: none for null, one each for iterables, arrays and Optional. */
final class Values {
  private Values() {}

  static List<String> texts(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(present -> List.of(UrlEncoding.text(present))).orElse(List.of());
    }
    if (value instanceof Iterable<?> iterable) {
      List<String> texts = new ArrayList<>();
      for (Object element : iterable) {
        if (element != null) {
          texts.add(UrlEncoding.text(element));
        }
      }
      return texts;
    }
    if (value.getClass().isArray()) {
      return arrayTexts(value);
    }
    return Collections.singletonList(UrlEncoding.text(value));
  }

  /** The entries of a map parameter, checked: the map and its keys must not be null. */
  static Iterable<? extends Map.Entry<String, ?>> entries(String parameter, Map<String, ?> map) {
    if (map == null) {
      throw new IllegalArgumentException("Map parameter '" + parameter + "' must not be null");
    }
    for (String key : map.keySet()) {
      if (key == null) {
        throw new IllegalArgumentException("Map parameter '" + parameter + "' must not contain a null key");
      }
    }
    return map.entrySet();
  }

  private static List<String> arrayTexts(Object array) {
    List<String> texts = new ArrayList<>();
    if (array instanceof Object[] objects) {
      for (Object element : objects) {
        if (element != null) {
          texts.add(UrlEncoding.text(element));
        }
      }
    } else if (array instanceof int[] ints) {
      for (int element : ints) {
        texts.add(Integer.toString(element));
      }
    } else if (array instanceof long[] longs) {
      for (long element : longs) {
        texts.add(Long.toString(element));
      }
    } else if (array instanceof double[] doubles) {
      for (double element : doubles) {
        texts.add(Double.toString(element));
      }
    } else if (array instanceof boolean[] booleans) {
      for (boolean element : booleans) {
        texts.add(Boolean.toString(element));
      }
    } else if (array instanceof char[] chars) {
      for (char element : chars) {
        texts.add(Character.toString(element));
      }
    } else if (array instanceof short[] shorts) {
      for (short element : shorts) {
        texts.add(Short.toString(element));
      }
    } else if (array instanceof float[] floats) {
      for (float element : floats) {
        texts.add(Float.toString(element));
      }
    } else if (array instanceof byte[] bytes) {
      for (byte element : bytes) {
        texts.add(Byte.toString(element));
      }
    }
    return texts;
  }
}
