package se.styrledger.benchmarks;

/**
 * The shape of a generated kommun. Each nämnd and bolag adopts, every year, {@code goalsPerUnitYear} effektmål with
 * an indicator and {@code activitiesPerGoal} aktiviteter (each started and finished), and one verksamhetsplan.
 */
record DatasetSize(String name, int committees, int companies, int years, int goalsPerUnitYear,
                   int activitiesPerGoal) {

    /** The source policy's kommun: KF, KS, eight nämnder, seven bolag, ten years. */
    static final DatasetSize S = new DatasetSize("S", 8, 7, 10, 3, 3);
    /** A large kommun over twenty years: about 1,000,000 events. */
    static final DatasetSize L = new DatasetSize("L", 40, 20, 20, 60, 4);
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

    /** Commands the yearly work sends: per effektmål adopt, attach indicator, plan, start and finish each activity. */
    long plannedCommands() {
        long perGoal = 2 + 3L * activitiesPerGoal;
        return (long) owningUnits() * years * (goalsPerUnitYear * perGoal + 1);
    }
}
