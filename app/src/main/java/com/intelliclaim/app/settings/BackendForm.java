package com.intelliclaim.app.settings;

import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.engine.sync.DatabaseAuth;
import com.intelliclaim.engine.sync.DoctorCheck;
import com.intelliclaim.engine.sync.DoctorReport;
import com.intelliclaim.engine.sync.SyncDoctor;
import com.intelliclaim.engine.sync.SyncSettings;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team-backend part of the Settings form: its fields (the analyst's input), a plain-words problem for each field
 * that fails its check, and the form as {@link BackendSettings}. All blank means sync is off and is valid; once a
 * bucket or database is entered, everything sync needs is required: with password sign-in, the password or, instead,
 * a Secrets Manager secret id (not both: sync refuses the two together); "test connection" checks it end to end. Used
 * on the UI thread.
 */
public final class BackendForm {
    private static final Logger log = LoggerFactory.getLogger(BackendForm.class);
    private final StringProperty bucket = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final BooleanProperty pathStyle = new SimpleBooleanProperty(false);
    private final StringProperty kmsKeyId = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty jdbcUrl = new SimpleStringProperty("");
    private final StringProperty sslMode = new SimpleStringProperty("");
    private final StringProperty rootCertificate = new SimpleStringProperty("");
    private final StringProperty dbUser = new SimpleStringProperty("");
    private final ObjectProperty<DatabaseAuth> auth = new SimpleObjectProperty<>(DatabaseAuth.PASSWORD);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty secretId = new SimpleStringProperty("");
    private final StringProperty interval = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bucketError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endpointError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kmsKeyIdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper regionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper jdbcUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sslModeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rootCertificateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dbUserError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secretIdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper intervalError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<DoctorCheck> checks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> testPassed = new ReadOnlyObjectWrapper<>(null);
    private final TaskRunner checker;
    private final Supplier<String> analyst;

    /**
     * @param checker runs "test connection" off the UI thread
     * @param analyst the name in the form, for the test's settings
     */
    BackendForm(TaskRunner checker, Supplier<String> analyst) {
        this.checker = checker;
        this.analyst = analyst;
        for (ObservableValue<?> field : List.of(bucket, endpoint, kmsKeyId, region, jdbcUrl, sslMode, rootCertificate,
                dbUser, auth, password, secretId, interval)) {
            field.addListener((o, a, b) -> validate());
        }
    }

    /** Puts saved settings and password into the form. */
    void show(BackendSettings saved, String savedPassword) {
        bucket.set(saved.bucket());
        endpoint.set(saved.endpoint());
        pathStyle.set(saved.pathStyle());
        kmsKeyId.set(saved.kmsKeyId());
        region.set(saved.region());
        jdbcUrl.set(saved.jdbcUrl());
        sslMode.set(saved.sslMode());
        rootCertificate.set(saved.rootCertificate());
        dbUser.set(saved.dbUser());
        auth.set(saved.auth());
        password.set(savedPassword == null ? "" : savedPassword);
        secretId.set(saved.dbSecretId());
        interval.set(Integer.toString(saved.intervalSeconds()));
        validate();
    }

    /** The form as settings; call only when {@link #validProperty()} is true. */
    BackendSettings settings() {
        return new BackendSettings(bucket.get(), endpoint.get(), pathStyle.get(), kmsKeyId.get(), region.get(),
                jdbcUrl.get(), sslMode.get(), rootCertificate.get(), dbUser.get(), auth.get(), secretIdToSave(),
                Integer.parseInt(interval.get().strip()));
    }

    /** The password to save: none with IAM sign-in, so an old one does not linger. */
    String passwordToSave() {
        return auth.get() == DatabaseAuth.IAM ? "" : password.get();
    }

    /** The secret to save: none with IAM sign-in (a secret is a way to sign in with a password). */
    private String secretIdToSave() {
        return auth.get() == DatabaseAuth.IAM ? "" : secretId.get();
    }

    /** The form as a layer of settings, for "test connection" (the form as typed, not as saved). */
    SyncValues values(String analyst) {
        return settings().values(passwordToSave(), analyst);
    }

    /**
     * Checks the backend as typed (not as saved) end to end with {@link SyncDoctor}: credentials, bucket reachable,
     * writable and encrypted, database reachable, sign-in, schema. Each check lands in {@link #checks()} with its
     * plain message; the summary says whether all passed.
     */
    public void testConnection() {
        if (testing.get()) {
            return;
        }
        checks.clear();
        if (!configured()) {
            showTest(false, "Fill in the bucket and the database first.");
            return;
        }
        if (!valid.get()) {
            showTest(false, "Fix the fields marked in red first.");
            return;
        }
        SyncSettings settings;
        try {
            settings = values(analyst.get()).settings(1);
        } catch (IllegalArgumentException e) {
            showTest(false, e.getMessage());
            return;
        }
        testing.set(true);
        testPassed.set(null);
        testResult.set("Testing the team backend…");
        checker.run("test the team backend", () -> new SyncDoctor(settings).run(), this::showReport, failure -> {
            log.warn("The team backend test could not run", failure);
            testing.set(false);
            showTest(false, "The test could not run to the end; the details are in the log.");
        });
    }

    private void showReport(DoctorReport report) {
        testing.set(false);
        checks.setAll(report.checks());
        long failed = report.checks().stream().filter(c -> !c.passed()).count();
        showTest(report.passed(), failed == 0 ? "All " + report.checks().size() + " checks passed."
                : failed + " of " + report.checks().size() + " checks failed; see below.");
    }

    private void showTest(boolean passed, String text) {
        testPassed.set(passed);
        testResult.set(text);
    }

    /** The checks of the last test, in order. */
    public ObservableList<DoctorCheck> checks() {
        return checks;
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** "All 8 checks passed.", "2 of 8 checks failed; see below.", or why the test did not run. */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    /** True or false once a test answered; null before and while it runs. */
    public ReadOnlyObjectProperty<Boolean> testPassedProperty() {
        return testPassed.getReadOnlyProperty();
    }

    /** Shows a problem with the saved password (it could not be decrypted). */
    void passwordProblem(String problem) {
        passwordError.set(problem);
    }

    boolean configured() {
        return !blank(bucket) || !blank(jdbcUrl);
    }

    private void validate() {
        boolean on = configured();
        check(bucketError, on ? BackendChecks::bucket : BackendForm::none, bucket);
        check(endpointError, BackendChecks::endpoint, endpoint);
        check(kmsKeyIdError, BackendChecks::kmsKeyId, kmsKeyId);
        check(regionError, on ? BackendChecks::region : BackendForm::none, region);
        check(jdbcUrlError, on ? BackendChecks::jdbcUrl : BackendForm::none, jdbcUrl);
        check(sslModeError, BackendChecks::sslMode, sslMode);
        check(rootCertificateError, BackendChecks::rootCertificate, rootCertificate);
        boolean withPassword = auth.get() == DatabaseAuth.PASSWORD;
        boolean withSecret = withPassword && !blank(secretId);
        check(dbUserError, on && !withSecret ? BackendChecks::dbUser : BackendForm::none, dbUser);
        check(passwordError, on && withPassword && !withSecret ? BackendChecks::password : BackendForm::none,
                password);
        check(secretIdError, withPassword ? BackendChecks::secretId : BackendForm::none, secretId);
        if (on && withSecret && secretIdError.get().isEmpty() && password.get() != null
                && !password.get().isEmpty()) {
            secretIdError.set("Give the password or the secret, not both: sync refuses the two together. Clear the"
                    + " password to sign in with the secret, or clear this field to use the password.");
        }
        check(intervalError, BackendChecks::interval, interval);
        valid.set(List.of(bucketError, endpointError, kmsKeyIdError, regionError, jdbcUrlError, sslModeError,
                rootCertificateError, dbUserError, passwordError, secretIdError, intervalError).stream()
                .allMatch(e -> e.get().isEmpty()));
    }

    private static void check(ReadOnlyStringWrapper error, Function<String, Optional<String>> rule,
                              StringProperty value) {
        error.set(rule.apply(value.get()).orElse(""));
    }

    private static Optional<String> none(String text) {
        return Optional.empty();
    }

    private static boolean blank(StringProperty text) {
        return text.get() == null || text.get().isBlank();
    }

    public StringProperty bucketProperty() {
        return bucket;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public BooleanProperty pathStyleProperty() {
        return pathStyle;
    }

    public StringProperty kmsKeyIdProperty() {
        return kmsKeyId;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty jdbcUrlProperty() {
        return jdbcUrl;
    }

    public StringProperty sslModeProperty() {
        return sslMode;
    }

    public StringProperty rootCertificateProperty() {
        return rootCertificate;
    }

    public StringProperty dbUserProperty() {
        return dbUser;
    }

    public ObjectProperty<DatabaseAuth> authProperty() {
        return auth;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** An AWS Secrets Manager secret (name or ARN) holding the database login, instead of the password. */
    public StringProperty secretIdProperty() {
        return secretId;
    }

    public StringProperty intervalProperty() {
        return interval;
    }

    public ReadOnlyStringProperty bucketErrorProperty() {
        return bucketError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endpointErrorProperty() {
        return endpointError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kmsKeyIdErrorProperty() {
        return kmsKeyIdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regionErrorProperty() {
        return regionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jdbcUrlErrorProperty() {
        return jdbcUrlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sslModeErrorProperty() {
        return sslModeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rootCertificateErrorProperty() {
        return rootCertificateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dbUserErrorProperty() {
        return dbUserError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secretIdErrorProperty() {
        return secretIdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty intervalErrorProperty() {
        return intervalError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
