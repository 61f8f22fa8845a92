package io.courier.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** {@link TransportTest} runs a method once per transport, named after it, and hands it to the test and its setup. */
class TransportTestTest {
  private static final List<String> RUNS = new CopyOnWriteArrayList<>();

  /** Run only through the launcher below: surefire skips nested classes. */
  static class Sample {
    private TransportKind beforeEach;

    @BeforeEach
    void setUp(TransportKind transport) {
      beforeEach = transport;
    }

    @TransportTest
    void sends(TransportKind transport) {
      RUNS.add(beforeEach + " " + transport);
    }
  }

  @Test
  void runsOncePerTransportNamedAfterItWithItAsAParameter() {
    List<String> names = new CopyOnWriteArrayList<>();
    TestExecutionListener recordNames = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
          names.add(test.getDisplayName() + " " + result.getStatus());
        }
      }
    };
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    Launcher launcher = LauncherFactory.create();

    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Sample.class)).build(),
        summary, recordNames);

    List<TransportKind> all = Arrays.asList(TransportKind.values());
    assertEquals(all.stream().map(kind -> "[" + kind.displayName() + "] SUCCESSFUL").toList(), names);
    assertEquals(all.stream().map(kind -> kind + " " + kind).toList(), RUNS);
    assertEquals(all.size(), summary.getSummary().getTestsSucceededCount());
  }
}
