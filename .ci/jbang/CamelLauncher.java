/**
 * The whole Camel JBang command line in one line: the packaged launchers (camel-launcher, camel-jbang-main) are not
 * published where CI runs, but camel-jbang-core is, and it holds the {@code camel} command.
 */
public class CamelLauncher {
    public static void main(String[] args) {
        org.apache.camel.dsl.jbang.core.commands.CamelJBangMain.run(args);
    }
}
