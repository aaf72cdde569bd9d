package com.intelliclaim.app.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an unexpected throwable ends up, from any thread (the FX thread included): it is logged once, with
 * its stack trace, and the analyst is shown a plain-words dialog on the UI thread with the details folded away.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private final Executor ui;
    private final Consumer<Report> show;

    /**
     * @param ui   runs code on the UI thread
     * @param show shows a report to the analyst; called on the UI thread
     */
    public UnexpectedErrors(Executor ui, Consumer<Report> show) {
        this.ui = ui;
        this.show = show;
    }

    /** Makes this the handler of every thread that has none of its own. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        log.error("Unexpected error in thread {}", thread.getName(), error);
        Report report = Report.of(error);
        try {
            ui.execute(() -> show.accept(report));
        } catch (RuntimeException e) {
            log.warn("Could not show the error dialog", e); // the UI is gone (shutting down); the log has it
        }
    }

    /** What the dialog shows: a plain sentence, and the technical details for a support engineer. */
    public record Report(String message, String details) {
        static Report of(Throwable error) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            return new Report("IntelliClaim ran into an unexpected problem. Your documents and settings are safe; "
                    + "you can go on working. If something looks wrong, restart the application. The details below "
                    + "are also in the log file (data folder, logs).", trace.toString());
        }
    }
}
