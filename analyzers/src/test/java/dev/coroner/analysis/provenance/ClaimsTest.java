package dev.coroner.analysis.provenance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimsTest {

    private static List<Claims.Kind> kinds(String text) {
        return Claims.find(text).stream().map(Claims.Claim::kind).toList();
    }

    @Test
    void conclusionsInSeveralLanguages() {
        assertEquals(List.of(Claims.Kind.NOT_FOUND), kinds("Shipment SHP-1 does not exist in the network"));
        assertEquals(List.of(Claims.Kind.NOT_FOUND), kinds("Sendung im Netz nicht auffindbar"));
        assertEquals(List.of(Claims.Kind.OUT_OF_STOCK), kinds("Artículo sin stock"));
        assertEquals(List.of(Claims.Kind.OUT_OF_STOCK), kinds("leider nicht mehr auf Lager"));
        assertEquals(List.of(Claims.Kind.EXPIRED), kinds("votre garantie a expiré"));
        assertEquals(List.of(Claims.Kind.FREE), kinds("the kit is free of charge this week"));
        assertEquals(List.of(Claims.Kind.NOT_ELIGIBLE), kinds("this order is not eligible for a refund"));
    }

    @Test
    void wordsThatOnlyStartLikeAConclusionAreNot() {
        assertEquals(List.of(), kinds("the booking is complete"), "French 'complet' is not 'complete'");
        assertEquals(List.of(Claims.Kind.OUT_OF_STOCK), kinds("La Maison du Pâquier est complète pour le week-end"),
                "the feminine of 'complet'");
        assertEquals(List.of(Claims.Kind.OUT_OF_STOCK), kinds("les vols du matin sont complets"));
        assertEquals(List.of(), kinds("freedom of choice"));
    }

    @Test
    void askedOrSupposedIsNotConcluded() {
        assertEquals(List.of(), kinds("Before trusting that, checking whether anything was lost."));
        assertEquals(List.of(), kinds("Is the jacket out of stock?"));
        assertEquals(List.of(), kinds("Ich prüfe, ob die Karte abgelaufen ist."));
        assertEquals(List.of(), kinds("If the parcel was lost, we refund it."));
        // A conclusion in the next sentence stands.
        assertEquals(List.of(Claims.Kind.OUT_OF_STOCK), kinds("I checked whether it ships today. It is out of stock."));
    }

    @Test
    void admissionsThatACallFailed() {
        assertTrue(Claims.admitsFailure("I couldn't reach the tracking system; please try again later."));
        assertTrue(Claims.admitsFailure("Das System ist vorübergehend nicht erreichbar."));
        assertFalse(Claims.admitsFailure("Your order has shipped."));
    }
}
