package se.styrledger.command.financialoutcomes;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How the ekonomisystem's accounts and objects map to the ledger's nämnder
 * ({@code styrledger.economy.sie.*}): a line of a SIE file belongs to the first nämnd whose objects name one of the
 * line's objects ({@code "1:110"}: dimension 1, object 110), else to the first whose account ranges hold the line's
 * account. Only result accounts ({@code result-accounts}, BAS classes 3–8 by default) count as net cost.
 */
@ConfigurationProperties("styrledger.economy.sie")
public class OutcomeMapping {

    private List<AccountRange> resultAccounts = List.of(new AccountRange(3000, 8999));
    private List<UnitRule> units = new ArrayList<>();

    public record AccountRange(int from, int to) {

        /** "4000-4999" or a single account "4010". */
        static AccountRange parse(String text) {
            String[] ends = text.strip().split("-", 2);
            int from = Integer.parseInt(ends[0].strip());
            return new AccountRange(from, ends.length == 1 ? from : Integer.parseInt(ends[1].strip()));
        }

        boolean holds(int account) {
            return account >= from && account <= to;
        }
    }

    /** One nämnd's objects ("dimension:object") and account ranges ("4000-4999"). */
    public static class UnitRule {
        private UUID unitId;
        private List<String> objects = new ArrayList<>();
        private List<String> accounts = new ArrayList<>();

        public UnitRule() {
        }

        public UnitRule(UUID unitId, List<String> objects, List<String> accounts) {
            this.unitId = unitId;
            this.objects = objects;
            this.accounts = accounts;
        }

        public UUID getUnitId() {
            return unitId;
        }

        public void setUnitId(UUID unitId) {
            this.unitId = unitId;
        }

        public List<String> getObjects() {
            return objects;
        }

        public void setObjects(List<String> objects) {
            this.objects = objects;
        }

        public List<String> getAccounts() {
            return accounts;
        }

        public void setAccounts(List<String> accounts) {
            this.accounts = accounts;
        }
    }

    public List<String> getResultAccounts() {
        return resultAccounts.stream().map(r -> r.from() + "-" + r.to()).toList();
    }

    public void setResultAccounts(List<String> ranges) {
        this.resultAccounts = ranges.stream().map(AccountRange::parse).toList();
    }

    public List<UnitRule> getUnits() {
        return units;
    }

    public void setUnits(List<UnitRule> units) {
        this.units = units;
    }

    boolean isResultAccount(int account) {
        return resultAccounts.stream().anyMatch(range -> range.holds(account));
    }

    /** The nämnd one of these objects ("dim:obj") is mapped to. */
    Optional<UUID> unitForObjects(List<String> objects) {
        for (String object : objects) {
            for (UnitRule rule : units) {
                if (rule.objects.contains(object)) {
                    return Optional.of(rule.unitId);
                }
            }
        }
        return Optional.empty();
    }

    Optional<UUID> unitForAccount(int account) {
        return units.stream().filter(rule -> rule.accounts.stream().map(AccountRange::parse)
                .anyMatch(range -> range.holds(account))).map(rule -> rule.unitId).findFirst();
    }

    boolean mapsObjects() {
        return units.stream().anyMatch(rule -> !rule.objects.isEmpty());
    }
}
