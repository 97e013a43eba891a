package se.styrledger.command.organisation;

import se.styrledger.events.organisation.UnitKind;

/**
 * Where each kind of unit sits: KF at the top; KS, nämnder and bolag under KF; a förvaltning serves a nämnd or KS;
 * avdelningar and enheter sit in a förvaltning or in another enhet.
 */
final class OrganisationShape {

    private OrganisationShape() {
    }

    static boolean mayBeUnder(UnitKind kind, UnitKind parent) {
        return switch (kind) {
            case COUNCIL -> false;
            case EXECUTIVE_BOARD, COMMITTEE, COMPANY -> parent == UnitKind.COUNCIL;
            case ADMINISTRATION -> parent == UnitKind.COMMITTEE || parent == UnitKind.EXECUTIVE_BOARD;
            case UNIT -> parent == UnitKind.ADMINISTRATION || parent == UnitKind.UNIT;
        };
    }
}
