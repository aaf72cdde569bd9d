package com.intelliclaim.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.app.common.QueuedTaskRunner;
import com.intelliclaim.app.settings.SyncValues;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.NewCase;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status bar's sync indicator with the immediate task runner, a manual timer and the real engine, against a real
 * S3 API (s3proxy) and PostgreSQL, and against ports where nothing listens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncIndicatorModelTest {
    private static final Clock CLOCK = Clock.system(ZoneOffset.UTC);
    @TempDir
    Path tmp;
    private TeamServers servers;
    private IntelliClaimEngine engine;
    private Path run;
    private ManualScheduler timer;
    private final AtomicReference<SyncValues> settings = new AtomicReference<>();

    @BeforeAll
    void startServers() throws Exception {
        servers = TeamServers.start();
    }

    @AfterAll
    void stopServers() throws Exception {
        servers.close();
    }

    @BeforeEach
    void fresh() throws Exception {
        run = Files.createDirectories(tmp.resolve("run-" + System.nanoTime())); // the class shares one @TempDir
        timer = new ManualScheduler();
        settings.set(SyncValues.NONE);
    }

    @AfterEach
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    private SyncIndicatorModel model(Path data) {
        engine = IntelliClaimEngine.open(EngineConfig.at(data));
        SyncIndicatorModel model = new SyncIndicatorModel(new ImmediateTaskRunner(), settings::get,
                new SyncIndicatorModel.Timing(timer, CLOCK, 1));
        model.attach(engine);
        return model;
    }

    private void ingestPolicy() throws Exception {
        Path policy = run.resolve("sample-policy.txt");
        try (InputStream in = getClass().getResourceAsStream("/scenarios/sample-policy.txt")) {
            Files.copy(in, policy);
        }
        engine.ingest(List.of(policy), IngestListener.NONE);
    }

    @Test
    void withoutABackendItSaysOfflineAndNeverPlansAPass() {
        SyncIndicatorModel model = model(run.resolve("data"));

        assertThat(model.stateProperty().get()).isEqualTo(SyncState.OFFLINE);
        assertThat(model.textProperty().get()).isEqualTo("Offline");
        assertThat(model.detailProperty().get()).contains("not set up").contains("Settings");
        assertThat(model.pendingTextProperty().get()).isEqualTo("Nothing to send");
        assertThat(timer.waiting()).containsExactly(SyncIndicatorModel.STATUS_EVERY);
        assertThat(model.syncNow()).isFalse();
    }

    @Test
    void anUnreachableBackendIsOfflineWithItsReasonAndTheChangesWait() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        settings.set(new SyncValues("team-documents", "http://127.0.0.1:" + closed, "true", null, "us-east-1",
                "jdbc:postgresql://127.0.0.1:" + closed + "/team", null, null, "analyst", null, "pw", "Asha", "60", null));
        SyncIndicatorModel model = model(run.resolve("data"));
        ingestPolicy();
        assertThat(model.textProperty().get()).isEqualTo("Not synced yet");
        assertThat(timer.waiting()).contains(SyncIndicatorModel.FIRST_PASS);

        timer.run(SyncIndicatorModel.FIRST_PASS);

        assertThat(model.stateProperty().get()).isEqualTo(SyncState.OFFLINE);
        assertThat(model.detailProperty().get()).contains("cannot be reached").contains("127.0.0.1:" + closed)
                .doesNotContain("Exception");
        assertThat(model.pendingProperty().get()).isEqualTo(1);
        assertThat(model.pendingTextProperty().get()).isEqualTo("1 change to send");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(timer.waiting()).contains(Duration.ofSeconds(60));
    }

    @Test
    void aRefusedPasswordIsAnErrorWithItsReason() throws Exception {
        settings.set(servers.values("Asha", "not-the-password"));
        SyncIndicatorModel model = model(run.resolve("data"));
        ingestPolicy();

        assertThat(model.syncNow()).isTrue();

        assertThat(model.stateProperty().get()).isEqualTo(SyncState.ERROR);
        assertThat(model.textProperty().get()).isEqualTo("Sync error");
        assertThat(model.detailProperty().get()).contains("refused the sign-in").contains("Nothing is lost");
        assertThat(model.pendingProperty().get()).isEqualTo(1);
    }

    @Test
    void aTeammatesCaseWaitingHereIsNamedInTheDetailsUntilRenamed() throws Exception {
        servers.createDatabase("waits");
        SyncValues team = servers.values("Asha", TeamServers.PASSWORD);
        settings.set(new SyncValues(team.bucket(), team.endpoint(), team.pathStyle(), team.kmsKeyId(), team.region(),
                servers.jdbcUrl("waits"), team.sslMode(), team.rootCertificate(), team.dbUser(), team.dbAuth(),
                team.password(), team.analyst(), team.intervalSeconds(), team.dbSecretId()));
        try (IntelliClaimEngine asha = IntelliClaimEngine.open(EngineConfig.at(run.resolve("asha")))) {
            asha.createCase(new NewCase("CLM-7", "Tara", "POL-7", "asha"));
            asha.sync(settings.get().settings(1));
        }
        SyncIndicatorModel model = model(run.resolve("data"));
        ClaimCase mine = engine.createCase(new NewCase("CLM-7", "Tara S", "POL-7", "bala"));
        String waits = "1 team case waits: claim number CLM-7 is used here by another case — rename one of them.";

        assertThat(model.syncNow()).isTrue();

        assertThat(model.stateProperty().get()).isEqualTo(SyncState.UP_TO_DATE);
        assertThat(model.detailProperty().get()).contains(waits);

        engine.updateCase(mine.id(), mine.toUpdate("bala").withFields("CLM-7-B", "Tara S", "POL-7"));
        assertThat(model.syncNow()).isTrue();

        assertThat(model.detailProperty().get()).doesNotContain("waits");
        assertThat(engine.cases()).extracting(ClaimCase::claimNumber).containsExactlyInAnyOrder("CLM-7", "CLM-7-B");
    }

    @Test
    void aTeammatesChangeHeldForACaseThatHasNotArrivedIsNamedInTheDetailsUntilTheCaseArrives() throws Exception {
        servers.createDatabase("held");
        SyncValues team = servers.values("Bala", TeamServers.PASSWORD);
        settings.set(new SyncValues(team.bucket(), team.endpoint(), team.pathStyle(), team.kmsKeyId(), team.region(),
                servers.jdbcUrl("held"), team.sslMode(), team.rootCertificate(), team.dbUser(), team.dbAuth(),
                team.password(), team.analyst(), team.intervalSeconds(), team.dbSecretId()));
        SyncIndicatorModel model = model(run.resolve("data"));
        assertThat(model.syncNow()).isTrue();
        servers.attachBeforeItsCase("held", "k-ravi-1", "e".repeat(64), "policy.pdf", "ravi");

        assertThat(model.syncNow()).isTrue();

        assertThat(model.stateProperty().get()).isEqualTo(SyncState.UP_TO_DATE);
        assertThat(model.detailProperty().get()).contains("1 team change waits for case k-ravi-1 to arrive (only its"
                + " id is known here); it applies when a teammate's sync brings the case.");

        servers.pushCase("held", "k-ravi-1", "CLM-11", "ravi");
        assertThat(model.syncNow()).isTrue();

        assertThat(model.detailProperty().get()).doesNotContain("to arrive");
        assertThat(engine.cases()).extracting(ClaimCase::claimNumber).containsExactly("CLM-11");
    }

    @Test
    void syncNowSendsTheOutboxAndSaysUpToDateWithTheTime() throws Exception {
        settings.set(servers.values("Asha", TeamServers.PASSWORD));
        SyncIndicatorModel model = model(run.resolve("data"));
        ingestPolicy();
        List<String> seen = new java.util.ArrayList<>();
        model.textProperty().addListener((o, a, text) -> seen.add(text));

        assertThat(model.syncNow()).isTrue();

        assertThat(seen).contains("Syncing…", "Syncing 1 of 1");
        assertThat(model.stateProperty().get()).isEqualTo(SyncState.UP_TO_DATE);
        String now = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(Instant.now().atZone(ZoneOffset.UTC));
        assertThat(model.textProperty().get()).matches("Up to date · \\d\\d:\\d\\d")
                .satisfies(text -> assertThat(text.substring(text.length() - 5)).isLessThanOrEqualTo(now));
        assertThat(model.detailProperty().get()).contains("Sent 1 documents (1 files)");
        assertThat(model.pendingTextProperty().get()).isEqualTo("Nothing to send");
        assertThat(timer.waiting()).contains(Duration.ofSeconds(60));
    }

    @Test
    void stopEndsThePassBetweenBatchesKeepingWhatWasSent() throws Exception {
        settings.set(servers.values("Asha", TeamServers.PASSWORD));
        engine = IntelliClaimEngine.open(EngineConfig.at(run.resolve("data")));
        QueuedTaskRunner lane = new QueuedTaskRunner();
        SyncIndicatorModel model = new SyncIndicatorModel(lane, settings::get,
                new SyncIndicatorModel.Timing(timer, CLOCK, 1));
        model.attach(engine);
        while (lane.runNext()) {
            // the status read
        }
        Path note = Files.writeString(run.resolve("stop-note.txt"), "Claim note " + System.nanoTime() + ".");
        engine.ingest(List.of(note), IngestListener.NONE);
        // Stop as soon as the first batch is confirmed: the pass must end before it pulls.
        model.textProperty().addListener((o, a, text) -> {
            if (text.startsWith("Syncing 1 of")) {
                model.stop();
            }
        });

        assertThat(model.syncNow()).isTrue();
        assertThat(model.syncNow()).as("one pass at a time").isFalse();
        lane.runNext();
        while (lane.runNext()) {
            // the status read after stopping
        }

        assertThat(model.textProperty().get()).isEqualTo("Sync stopped");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.pendingProperty().get()).as("the confirmed batch stays sent").isZero();
        assertThat(engine.syncStatus().lastSuccess()).as("a stopped pass is no success").isEmpty();
        assertThat(timer.waiting()).contains(Duration.ofSeconds(60));
    }

    @Test
    void savingNewSettingsReplansAndClosingCancelsEverything() {
        SyncIndicatorModel model = model(run.resolve("data"));
        assertThat(timer.waiting()).doesNotContain(SyncIndicatorModel.FIRST_PASS);

        settings.set(servers.values("Asha", TeamServers.PASSWORD));
        model.settingsChanged();
        assertThat(timer.waiting()).contains(SyncIndicatorModel.FIRST_PASS);

        model.close();
        assertThat(timer.waiting()).isEmpty();
        assertThat(model.syncNow()).isFalse();
    }
}
