package com.intelliclaim.app;

import com.intelliclaim.app.cli.Cli;
import com.intelliclaim.app.cli.CommandNames;
import com.intelliclaim.app.common.AppLogging;
import com.intelliclaim.app.settings.DataFolderResolver;

/**
 * The jar's entry point. With no arguments, only {@code --data DIR}, or paths of existing files (a file manager's
 * "Open with") it opens the desktop window, which ingests those files; otherwise it is the command-line interface.
 * A separate class from the JavaFX {@code Application} so the JavaFX jars may sit on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchRequest request = LaunchRequest.of(args, CommandNames::all);
        if (request.desktop()) {
            DesktopApp.launchWith(args, request.files()); // it resolves the data folder (settings included) and logs
        } else {
            AppLogging.configure(DataFolderResolver.standard().choose(AppLogging.dataDirArgument(args)).folder());
            System.exit(Cli.run(args));
        }
    }
}
