package io.courier.processor;

import java.util.HashSet;
import java.util.Set;

/** Names in one scope of the generated class: each taken once, an overloaded method's second field {@code name2}. */
final class FreeNames {
  private final Set<String> taken;

  FreeNames(Set<String> reserved) {
    this.taken = new HashSet<>(reserved);
  }

  /** {@code name}, or {@code name2}, {@code name3}... the first not taken yet, now taken. */
  String take(String name) {
    String candidate = name;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = name + n;
    }
    taken.add(candidate);
    return candidate;
  }
}
