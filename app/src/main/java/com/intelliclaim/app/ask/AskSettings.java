package com.intelliclaim.app.ask;

import com.intelliclaim.app.settings.Settings;
import com.intelliclaim.app.settings.SettingsViewModel;
import com.intelliclaim.engine.api.LlmSettings;

/**
 * What the saved settings say about asking: the LLM (null for the rules adjudicator), passages retrieved and the
 * analyst's name (blank for the OS user).
 */
public record AskSettings(LlmSettings llm, int passages, String analyst) {
    /** The rules adjudicator, the default passages, the OS user. */
    public static AskSettings defaults() {
        return new AskSettings(null, Settings.DEFAULT_PASSAGES, "");
    }

    /** Reads the Settings screen's saved settings (at each ask, so a change applies at once). */
    public static AskSettings from(SettingsViewModel settings) {
        Settings saved = settings.savedProperty().get();
        return new AskSettings(settings.llmSettings().orElse(null), saved.passages(), saved.analystName());
    }
}
