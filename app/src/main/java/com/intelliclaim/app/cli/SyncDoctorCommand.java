package com.intelliclaim.app.cli;

import com.intelliclaim.engine.sync.DoctorCheck;
import com.intelliclaim.engine.sync.DoctorReport;
import com.intelliclaim.engine.sync.SyncDoctor;
import com.intelliclaim.engine.sync.SyncSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sync doctor}: checks the team backend's settings end to end, one line per check. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the sync settings end to end: AWS credentials, bucket reachable and writable, default"
                + " encryption, database reachable, sign-in, schema migrated, pgvector. Exits 0 only when every"
                + " check passes.")
public final class SyncDoctorCommand implements Callable<Integer> {
    @Mixin
    SyncOptions backend;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SyncSettings settings;
        try {
            settings = backend.settings(System::getenv);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        DoctorReport report = new SyncDoctor(settings).run();
        for (DoctorCheck check : report.checks()) {
            out.println(line(check));
        }
        long failed = report.checks().stream().filter(c -> !c.passed()).count();
        out.println(failed == 0 ? "Every check passed." : failed + " of " + report.checks().size()
                + " checks failed.");
        return report.passed() ? 0 : 1;
    }

    static String line(DoctorCheck check) {
        return String.format("%-4s %-18s %s", check.passed() ? "ok" : "FAIL", check.name(), check.detail());
    }
}
