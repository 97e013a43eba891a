package se.styrledger.command.financialoutcomes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads the utfall of a SIE 4 file (the Swedish standard export of accounting data, character set PC8 = CP437) into
 * each nämnd's accumulated net cost per month: from its verifications ({@code #VER} with {@code #TRANS}) when it has
 * any, else from its period balances ({@code #PSALDO}), else its year's result per account ({@code #RES}, giving
 * the year). Accounts and objects map to nämnder by {@link OutcomeMapping}. Anything the file says that cannot be
 * trusted (a malformed line, an undeclared account or object, an unbalanced verification, a line no nämnd is mapped
 * to) refuses the whole file, naming the line. No maintained Java SIE library exists on Maven Central (ADR 0086).
 */
public final class SieFile {

    /** PC8, the only character set SIE 4 allows. */
    static final Charset PC8 = Charset.forName("IBM437");
    static final long PROGRESS_EVERY_LINES = 100_000;

    private static final Logger log = LoggerFactory.getLogger(SieFile.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final OutcomeMapping mapping;
    private final Set<Integer> accounts = new HashSet<>();
    private final Set<String> objects = new HashSet<>();
    private LocalDate yearStart;
    private LocalDate yearEnd;
    /** Net cost per nämnd and month (1–12), from #TRANS. */
    private final Map<UUID, long[]> transactions = new HashMap<>();
    private final Map<UUID, long[]> balances = new HashMap<>();
    private final Map<UUID, Long> results = new HashMap<>();
    /** #PSALDO totals without objects, kept by account and month until we know whether object lines cover them. */
    private final List<Line> balanceTotals = new ArrayList<>();
    private final Set<String> balancesWithObjects = new HashSet<>();
    private long line;
    private boolean inVerification;
    private long verificationSum;
    private String verificationName;
    private LocalDate verificationDate;
    private boolean hasVerifications;

    private record Line(long number, int account, int month, long amount) {
    }

    private SieFile(OutcomeMapping mapping) {
        this.mapping = mapping;
    }

    /** The file's utfall per nämnd, or a refusal naming the first line at fault. */
    public static List<FinancialOutcome> read(InputStream in, OutcomeMapping mapping) {
        SieFile file = new SieFile(mapping);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, PC8))) {
            String text;
            while ((text = reader.readLine()) != null) {
                file.line++;
                file.read(text);
                if (file.line % PROGRESS_EVERY_LINES == 0) {
                    log.info("SIE-import: {} rader lästa", file.line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.outcomes();
    }

    private void read(String text) {
        List<Object> tokens = SieTokens.split(text, line);
        if (tokens.isEmpty()) {
            return;
        }
        Object first = tokens.get(0);
        if (first.equals("{")) {
            if (!inVerification || verificationName == null) {
                throw OutcomeFileRefused.at(line, "”{” utan #VER före.");
            }
            return;
        }
        if (first.equals("}")) {
            endVerification();
            return;
        }
        if (!(first instanceof String label) || !label.startsWith("#")) {
            throw OutcomeFileRefused.at(line, "raden börjar inte med en etikett (#…).");
        }
        switch (label) {
            case "#FORMAT" -> requireFormat(tokens);
            case "#SIETYP" -> requireType(tokens);
            case "#RAR" -> year(tokens);
            case "#KONTO" -> accounts.add(account(tokens, 1));
            case "#OBJEKT" -> objects.add(text(tokens, 1) + ":" + text(tokens, 2));
            case "#VER" -> startVerification(tokens);
            case "#TRANS" -> transaction(tokens);
            case "#PSALDO" -> periodBalance(tokens);
            case "#RES" -> result(tokens);
            default -> {
                // #RTRANS is followed by the same #TRANS (SIE 4B), #BTRANS is a removed one; the rest carry no utfall.
                if (inVerification && !label.equals("#RTRANS") && !label.equals("#BTRANS")) {
                    throw OutcomeFileRefused.at(line, label + " hör inte hemma i en verifikation.");
                }
            }
        }
    }

    private void requireFormat(List<Object> tokens) {
        if (!"PC8".equals(text(tokens, 1))) {
            throw OutcomeFileRefused.at(line, "SIE 4 ska vara i teckenuppsättningen PC8 (#FORMAT PC8).");
        }
    }

    private void requireType(List<Object> tokens) {
        String type = text(tokens, 1);
        if (!List.of("1", "2", "3", "4").contains(type)) {
            throw OutcomeFileRefused.at(line, "okänd SIE-typ " + type + ".");
        }
    }

    private void year(List<Object> tokens) {
        if (!"0".equals(text(tokens, 1))) {
            return;
        }
        LocalDate start = date(text(tokens, 2));
        LocalDate end = date(text(tokens, 3));
        if (start.getDayOfYear() != 1 || !end.equals(start.withMonth(12).withDayOfMonth(31))) {
            throw OutcomeFileRefused.at(line, "räkenskapsåret ska vara ett kalenderår, som kommunens.");
        }
        yearStart = start;
        yearEnd = end;
    }

    private void startVerification(List<Object> tokens) {
        if (inVerification) {
            throw OutcomeFileRefused.at(line, "#VER innan förra verifikationen avslutats med ”}”.");
        }
        requireYear();
        verificationName = text(tokens, 1) + " " + text(tokens, 2);
        verificationDate = date(text(tokens, 3));
        inVerification = true;
        hasVerifications = true;
        verificationSum = 0;
    }

    private void endVerification() {
        if (!inVerification) {
            throw OutcomeFileRefused.at(line, "”}” utan verifikation.");
        }
        if (verificationSum != 0) {
            throw OutcomeFileRefused.at(line, "verifikationen " + verificationName + " är inte i balans ("
                    + BigDecimal.valueOf(verificationSum, 2).toPlainString() + " kr).");
        }
        inVerification = false;
        verificationName = null;
    }

    private void transaction(List<Object> tokens) {
        if (!inVerification) {
            throw OutcomeFileRefused.at(line, "#TRANS utanför en verifikation.");
        }
        int account = knownAccount(tokens, 1);
        List<String> objectList = objects(tokens, 2);
        long amount = amount(tokens, 3);
        verificationSum += amount;
        String date = tokens.size() > 4 && tokens.get(4) instanceof String d && !d.isEmpty() ? d : null;
        LocalDate on = date == null ? verificationDate : date(date);
        if (on.isBefore(yearStart) || on.isAfter(yearEnd)) {
            throw OutcomeFileRefused.at(line, "transaktionen den " + on + " ligger utanför räkenskapsåret.");
        }
        if (mapping.isResultAccount(account)) {
            add(transactions, unit(account, objectList), on.getMonthValue(), amount);
        }
    }

    private void periodBalance(List<Object> tokens) {
        if (!"0".equals(text(tokens, 1))) {
            return;
        }
        requireYear();
        String period = text(tokens, 2);
        int month;
        try {
            month = Integer.parseInt(period.substring(4));
            if (period.length() != 6 || Integer.parseInt(period.substring(0, 4)) != yearStart.getYear()
                    || month < 1 || month > 12) {
                throw new NumberFormatException(period);
            }
        } catch (RuntimeException e) {
            throw OutcomeFileRefused.at(line, "perioden ”" + period + "” ska vara en månad (ÅÅÅÅMM) i räkenskapsåret.");
        }
        int account = knownAccount(tokens, 3);
        List<String> objectList = objects(tokens, 4);
        long amount = amount(tokens, 5);
        if (!mapping.isResultAccount(account)) {
            return;
        }
        if (objectList.isEmpty() && mapping.mapsObjects()) {
            balanceTotals.add(new Line(line, account, month, amount));
            return;
        }
        balancesWithObjects.add(account + "|" + month);
        add(balances, unit(account, objectList), month, amount);
    }

    private void result(List<Object> tokens) {
        if (!"0".equals(text(tokens, 1))) {
            return;
        }
        int account = knownAccount(tokens, 2);
        long amount = amount(tokens, 3);
        if (mapping.isResultAccount(account)) {
            results.merge(unit(account, List.of()), amount, Long::sum);
        }
    }

    private List<FinancialOutcome> outcomes() {
        if (inVerification) {
            throw OutcomeFileRefused.at(line, "filen slutar mitt i verifikationen " + verificationName + ".");
        }
        for (Line total : balanceTotals) {
            if (!balancesWithObjects.contains(total.account() + "|" + total.month())) {
                line = total.number();
                add(balances, unit(total.account(), List.of()), total.month(), total.amount());
            }
        }
        if (hasVerifications) {
            return accumulated(transactions);
        }
        if (!balances.isEmpty()) {
            return accumulated(balances);
        }
        requireYear();
        List<FinancialOutcome> outcomes = new ArrayList<>();
        results.forEach((unit, amount) -> outcomes.add(new FinancialOutcome(unit,
                new Period(PeriodKind.YEAR, yearStart.getYear(), 1), BigDecimal.valueOf(amount, 2))));
        if (outcomes.isEmpty()) {
            throw OutcomeFileRefused.at(line, "filen har inget utfall på resultatkonton (#TRANS, #PSALDO eller #RES).");
        }
        outcomes.sort(Comparator.comparing(o -> o.unitId().toString()));
        return outcomes;
    }

    /** Each nämnd's net cost from January to each month up to the last month the file has figures for. */
    private List<FinancialOutcome> accumulated(Map<UUID, long[]> byMonth) {
        int last = 0;
        for (long[] months : byMonth.values()) {
            for (int m = 12; m > last; m--) {
                if (months[m] != 0) {
                    last = m;
                    break;
                }
            }
        }
        if (byMonth.isEmpty()) {
            throw OutcomeFileRefused.at(line, "filen har inget utfall på resultatkonton.");
        }
        int lastMonth = Math.max(last, 1);
        List<FinancialOutcome> outcomes = new ArrayList<>();
        new TreeMap<>(byMonth).forEach((unit, months) -> {
            long sum = 0;
            for (int m = 1; m <= lastMonth; m++) {
                sum += months[m];
                outcomes.add(new FinancialOutcome(unit, new Period(PeriodKind.MONTH, yearStart.getYear(), m),
                        BigDecimal.valueOf(sum, 2)));
            }
        });
        return outcomes;
    }

    private static void add(Map<UUID, long[]> byMonth, UUID unit, int month, long amount) {
        byMonth.computeIfAbsent(unit, u -> new long[13])[month] += amount;
    }

    private UUID unit(int account, List<String> objectList) {
        return mapping.unitForObjects(objectList).or(() -> mapping.unitForAccount(account))
                .orElseThrow(() -> OutcomeFileRefused.at(line, "konto " + account
                        + (objectList.isEmpty() ? "" : " med objekt " + String.join(", ", objectList))
                        + " hör inte till någon nämnd i mappningen (styrledger.economy.sie.units)."));
    }

    private void requireYear() {
        if (yearStart == null) {
            throw OutcomeFileRefused.at(line, "räkenskapsåret (#RAR 0) ska stå före utfallet.");
        }
    }

    private int knownAccount(List<Object> tokens, int index) {
        int account = account(tokens, index);
        if (!accounts.contains(account)) {
            throw OutcomeFileRefused.at(line, "okänt konto " + account + ": det saknar #KONTO i filen.");
        }
        return account;
    }

    private int account(List<Object> tokens, int index) {
        String text = text(tokens, index);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw OutcomeFileRefused.at(line, "kontonumret ”" + text + "” är inte ett tal.");
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> objects(List<Object> tokens, int index) {
        if (tokens.size() <= index || !(tokens.get(index) instanceof List<?> pairs)) {
            throw OutcomeFileRefused.at(line, "objektlistan {…} saknas.");
        }
        List<String> list = (List<String>) pairs;
        if (list.size() % 2 != 0) {
            throw OutcomeFileRefused.at(line, "objektlistan ska ha par av dimension och objekt.");
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < list.size(); i += 2) {
            String object = list.get(i) + ":" + list.get(i + 1);
            if (!objects.contains(object)) {
                throw OutcomeFileRefused.at(line, "okänt objekt " + object + ": det saknar #OBJEKT i filen.");
            }
            named.add(object);
        }
        return named;
    }

    /** An amount in öre: SIE writes kronor with a decimal point and at most two decimals. */
    private long amount(List<Object> tokens, int index) {
        String text = text(tokens, index);
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.scale() > 2 || !text.matches("-?[0-9]+(\\.[0-9]{1,2})?")) {
                throw new NumberFormatException(text);
            }
            return amount.movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw OutcomeFileRefused.at(line, "beloppet ”" + text + "” ska skrivas som 1234.50.");
        }
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw OutcomeFileRefused.at(line, "datumet ”" + text + "” ska skrivas ÅÅÅÅMMDD.");
        }
    }

    private String text(List<Object> tokens, int index) {
        if (tokens.size() <= index || !(tokens.get(index) instanceof String value)) {
            throw OutcomeFileRefused.at(line, tokens.get(0) + " saknar fält " + index + ".");
        }
        return value;
    }
}
