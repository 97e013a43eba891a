package se.styrledger.benchmarks;

/**
 * The shape of a generated kommun. Each nämnd and bolag adopts, every year, {@code goalsPerUnitYear} effektmål, each
 * with its own indicator, {@code activitiesPerGoal} aktiviteter (each started and finished), the indicator's monthly
 * values (about one in fifty corrected) and an assessment in each of the year's three reports; one verksamhetsplan;
 * and a decision on one of its styrdokument. Per effektmål and year that is about 17 + 3 × activitiesPerGoal events.
 */
record DatasetSize(String name, int committees, int companies, int years, int goalsPerUnitYear,
                   int activitiesPerGoal) {

    /** The source policy's kommun: KF, KS, eight nämnder, seven bolag, ten years: about 12,000 events. */
    static final DatasetSize S = new DatasetSize("S", 8, 7, 10, 3, 3);
    /** A large kommun over twenty years: about 1,050,000 events, 85% of them indicator values and aktiviteter. */
    static final DatasetSize L = new DatasetSize("L", 40, 20, 20, 30, 4);
    /** For the smoke test: a few hundred events. */
    static final DatasetSize TINY = new DatasetSize("TINY", 2, 1, 3, 2, 2);

    DatasetSize {
        if (activitiesPerGoal < 1 || activitiesPerGoal > 4) {
            throw new IllegalArgumentException("1–4 aktiviteter per effektmål: they are spread over March–September");
        }
    }

    static DatasetSize parse(String text) {
        return switch (text) {
            case "S" -> S;
            case "L" -> L;
            case "TINY" -> TINY;
            default -> {
                // committees,companies,years,goalsPerUnitYear,activitiesPerGoal
                String[] parts = text.split(",");
                yield new DatasetSize(text, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Integer.parseInt(parts[4]));
            }
        };
    }

    int owningUnits() {
        return committees + companies;
    }

    /** One indicator per effektmål of a unit's year, at least eight. */
    int indicators() {
        return Math.max(8, goalsPerUnitYear);
    }
}
