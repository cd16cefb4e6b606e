package org.parsteering.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parsteering.base.BoundedCopy;
import org.parsteering.base.Messages;
import org.parsteering.base.tabular.ImportLimits;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.base.tabular.TabularFile;
import org.parsteering.base.tabular.TabularFormat;
import org.parsteering.base.tabular.TabularReader;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.ProcedureImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.index.IndexScoreImportService;
import org.parsteering.index.IndexSetImportService;
import org.parsteering.plan.TaskImportService;
import org.parsteering.unit.UnitChangeImportService;
import org.parsteering.unit.UnitImportService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/imports/{units|unit-changes|procedures|dossiers|signatures|tasks|index-sets|index-scores}}: the CSV or XLSX as the request
 * body ({@code text/csv}) or as the multipart file {@code file}. 200 with the counts; 422 with the first
 * {@value #MAX_ERRORS} bad rows, their total, and nothing written; 403 for a role that may not import that
 * kind, answered before the body is read; 413 for a file over {@code par.imports.max-bytes}, as soon as
 * it passes the limit (or at once when its Content-Length says so). The body goes to a temporary file,
 * never whole into memory, and that file is deleted whatever happens.
 */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {

    static final int MAX_ERRORS = 1_000;

    /** What a multipart request may hold besides the file itself (boundaries, part headers). */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    private record Kind(Runnable check, TabularFormat format, Function<TabularFile, ImportResult> run) {}

    private final Map<String, Kind> kinds;
    private final ImportLimits limits;
    private final ObjectMapper json;

    ImportApiController(
            UnitImportService units,
            UnitChangeImportService unitChanges,
            ProcedureImportService procedures,
            DossierImportService dossiers,
            SignatureImportService signatures,
            TaskImportService tasks,
            IndexSetImportService indexSets,
            IndexScoreImportService indexScores,
            ImportLimits limits,
            ObjectMapper json) {
        this.limits = limits;
        this.json = json;
        this.kinds = Map.of(
                "units",
                new Kind(units::checkMayImport, UnitImportService.FORMAT, units::importUnits),
                "unit-changes",
                new Kind(unitChanges::checkMayImport, UnitChangeImportService.FORMAT, unitChanges::importUnitChanges),
                "procedures",
                new Kind(procedures::checkMayImport, ProcedureImportService.FORMAT, procedures::importProcedures),
                "dossiers",
                new Kind(dossiers::checkMayImport, DossierImportService.FORMAT, dossiers::importDossiers),
                "signatures",
                new Kind(signatures::checkMayImport, SignatureImportService.FORMAT, signatures::importSignatures),
                "tasks",
                new Kind(tasks::checkMayImport, TaskImportService.FORMAT, tasks::importTasks),
                "index-sets",
                new Kind(indexSets::checkMayImport, IndexSetImportService.FORMAT, indexSets::importIndexSets),
                "index-scores",
                new Kind(indexScores::checkMayImport, IndexScoreImportService.FORMAT, indexScores::importScores));
    }

    @PostMapping(
            value = "/{kind}",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Map<String, Object>> importBody(
            @PathVariable String kind, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Kind k = kinds.get(kind);
        if (k == null) {
            return unknown(kind);
        }
        k.check().run();
        if (request.getContentLengthLong() > limits.maxBytes().toBytes()) {
            return tooLarge(response);
        }
        try (InputStream in = request.getInputStream()) {
            return receive(k, in, kind + ".csv", response);
        }
    }

    @PostMapping(value = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importMultipart(
            @PathVariable String kind, MultipartHttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Kind k = kinds.get(kind);
        if (k == null) {
            return unknown(kind);
        }
        k.check().run();
        if (request.getContentLengthLong() > limits.maxBytes().toBytes() + MULTIPART_OVERHEAD) {
            return tooLarge(response);
        }
        // The multipart body is parsed (by the container, to disk, within the same limit) only from here on.
        MultipartFile file = request.getFile("file");
        if (file == null) {
            return ResponseEntity.badRequest()
                    .body(Map.of("error", "bad_request", "message", Messages.english("import.error.noFilePart")));
        }
        if (file.getSize() > limits.maxBytes().toBytes()) {
            return tooLarge(response);
        }
        try (InputStream in = file.getInputStream()) {
            return receive(k, in, file.getOriginalFilename(), response);
        }
    }

    private ResponseEntity<Map<String, Object>> receive(
            Kind kind, InputStream in, String fileName, HttpServletResponse response) throws IOException {
        Path file = Files.createTempFile("par-import-", ".upload");
        try {
            if (BoundedCopy.toFile(in, file, limits.maxBytes().toBytes()) < 0) {
                return tooLarge(response);
            }
            TabularFile table = TabularReader.read(file, fileName, kind.format(), limits.maxRows());
            ImportResult result = kind.run().apply(table);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("created", result.created());
            body.put("updated", result.updated());
            body.put("unchanged", result.unchanged());
            return ResponseEntity.ok(body);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Answers 413 and sends it at once: the container would otherwise first wait for (part of) the rest of
     * a body that is not read, and the caller would see nothing. The connection is closed after it.
     */
    private ResponseEntity<Map<String, Object>> tooLarge(HttpServletResponse response) throws IOException {
        byte[] body = json.writeValueAsBytes(Map.of(
                "error",
                "payload_too_large",
                "message",
                Messages.english("import.error.fileTooLarge", limits.maxMegabytes())));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
        return null;
    }

    private static ResponseEntity<Map<String, Object>> unknown(String kind) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("error", "not_found", "message", "Unknown import kind: " + RowError.cut(kind)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> multipartTooLarge(
            MaxUploadSizeExceededException e, HttpServletResponse response) throws IOException {
        return tooLarge(response);
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
        return ResponseEntity.unprocessableContent().body(rejection(e.getErrors()));
    }

    /** The 422 body: the first {@value #MAX_ERRORS} errors (each value already cut short) and their total. */
    static Map<String, Object> rejection(List<RowError> all) {
        List<Map<String, Object>> errors = all.stream()
                .limit(MAX_ERRORS)
                .map(err -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("line", err.line());
                    m.put("column", err.column());
                    m.put(
                            "message",
                            Messages.english(err.messageKey(), err.args().toArray()));
                    return m;
                })
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", errors);
        body.put("total", all.size());
        return body;
    }
}
