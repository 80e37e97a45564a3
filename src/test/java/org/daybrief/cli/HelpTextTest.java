package org.daybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help texts are format strings to picocli: a bare {@code %} ("repeat% is", "60% of") makes it print a warning above
 * the usage and show the text raw. Every description of every command and option must format.
 */
class HelpTextTest {

    @Test
    void everyDescriptionIsAValidFormatString() {
        List<String> lines = new ArrayList<>();
        collect(Main.commandLine(), lines);
        assertThat(lines).hasSizeGreaterThan(50);
        for (String line : lines) {
            assertThatCode(() -> String.format(line)).as(line).doesNotThrowAnyException();
        }
    }

    @Test
    void evalHelpShowsThePercentSigns() {
        String usage = Main.commandLine().getSubcommands().get("eval").getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(usage.replaceAll("\\s+", " ")).contains("repeat% is the share").contains("at least 60% of the");
    }

    private static void collect(CommandLine cli, List<String> lines) {
        CommandSpec spec = cli.getCommandSpec();
        lines.addAll(List.of(spec.usageMessage().description()));
        for (OptionSpec option : spec.options()) {
            lines.addAll(List.of(option.description()));
        }
        spec.positionalParameters().forEach(p -> lines.addAll(List.of(p.description())));
        cli.getSubcommands().values().forEach(sub -> collect(sub, lines));
    }
}
