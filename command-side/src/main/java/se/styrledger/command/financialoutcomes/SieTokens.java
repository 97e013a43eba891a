package se.styrledger.command.financialoutcomes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one SIE line into its fields: words separated by blanks or tabs, "quoted text" with \" for a quote, and
 * an object list {…} as one field holding a list of its own words. A line that is only "{" or "}" opens or closes
 * a verification's transactions.
 */
final class SieTokens {

    private SieTokens() {
    }

    static List<Object> split(String text, long line) {
        List<Object> tokens = new ArrayList<>();
        List<String> objectList = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if ((c == '{' || c == '}') && tokens.isEmpty() && objectList == null) {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '{') {
                if (objectList != null) {
                    throw OutcomeFileRefused.at(line, "en objektlista inuti en objektlista.");
                }
                objectList = new ArrayList<>();
                i++;
            } else if (c == '}') {
                if (objectList == null) {
                    throw OutcomeFileRefused.at(line, "”}” utan ”{”.");
                }
                tokens.add(List.copyOf(objectList));
                objectList = null;
                i++;
            } else {
                StringBuilder word = new StringBuilder();
                if (c == '"') {
                    i++;
                    while (i < text.length() && text.charAt(i) != '"') {
                        if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                            i++;
                        }
                        word.append(text.charAt(i++));
                    }
                    if (i >= text.length()) {
                        throw OutcomeFileRefused.at(line, "citattecknet stängs aldrig.");
                    }
                    i++;
                } else {
                    while (i < text.length() && " \t{}\"".indexOf(text.charAt(i)) < 0) {
                        word.append(text.charAt(i++));
                    }
                }
                if (objectList != null) {
                    objectList.add(word.toString());
                } else {
                    tokens.add(word.toString());
                }
            }
        }
        if (objectList != null) {
            throw OutcomeFileRefused.at(line, "objektlistan stängs aldrig med ”}”.");
        }
        return tokens;
    }
}
