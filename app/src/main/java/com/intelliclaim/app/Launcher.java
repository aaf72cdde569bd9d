package com.intelliclaim.app;

import com.intelliclaim.app.cli.Cli;
import com.intelliclaim.app.common.AppLogging;
import com.intelliclaim.app.settings.DataFolderResolver;

/**
 * The jar's entry point. With no arguments it opens the desktop window; with arguments it is the command-line
 * interface. A separate class from the JavaFX {@code Application} so the JavaFX jars may sit on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 2 && "--data".equals(args[0]))) {
            DesktopApp.launchWith(args); // it resolves the data folder (settings included) and the log folder
        } else {
            AppLogging.configure(DataFolderResolver.standard().choose(AppLogging.dataDirArgument(args)).folder());
            System.exit(Cli.run(args));
        }
    }
}
