package org.parsteering.dossier;

/** One procedure of the catalogue. */
public record ProcedureSummary(
        String code, String name, ProcedureLevel level, OnlineLevel onlineLevel, boolean feeRequired) {}
