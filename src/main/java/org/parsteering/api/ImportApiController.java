package org.parsteering.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Messages;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.ProcedureImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.plan.TaskImportService;
import org.parsteering.unit.UnitImportService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports/{units|procedures|dossiers|signatures|tasks}}: the CSV as the request body
 * ({@code text/csv}) or as a multipart file. 200 with the counts; 422 with every bad row and nothing
 * written; 403 for a role that may not import that kind.
 */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {

    private final UnitImportService units;
    private final ProcedureImportService procedures;
    private final DossierImportService dossiers;
    private final SignatureImportService signatures;
    private final TaskImportService tasks;

    ImportApiController(
            UnitImportService units,
            ProcedureImportService procedures,
            DossierImportService dossiers,
            SignatureImportService signatures,
            TaskImportService tasks) {
        this.units = units;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.signatures = signatures;
        this.tasks = tasks;
    }

    @PostMapping(
            value = "/{kind}",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Map<String, Object>> importBody(@PathVariable String kind, @RequestBody byte[] body) {
        return run(kind, body, kind + ".csv");
    }

    @PostMapping(value = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importMultipart(
            @PathVariable String kind, @RequestParam("file") MultipartFile file) throws IOException {
        return run(kind, file.getBytes(), file.getOriginalFilename());
    }

    private ResponseEntity<Map<String, Object>> run(String kind, byte[] content, String fileName) {
        ImportResult result = switch (kind) {
            case "units" -> units.importFile(content, fileName);
            case "procedures" -> procedures.importFile(content, fileName);
            case "dossiers" -> dossiers.importFile(content, fileName);
            case "signatures" -> signatures.importFile(content, fileName);
            case "tasks" -> tasks.importFile(content, fileName);
            default -> null;
        };
        if (result == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "not_found", "message", "Unknown import kind: " + kind));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", result.created());
        body.put("updated", result.updated());
        body.put("unchanged", result.unchanged());
        return ResponseEntity.ok(body);
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
        List<Map<String, Object>> errors = e.getErrors().stream()
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
        return ResponseEntity.unprocessableContent().body(Map.of("errors", errors));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<Map<String, Object>> refused(BusinessException e) {
        return ResponseEntity.badRequest()
                .body(Map.of("error", "bad_request", "message", Messages.english(e.getMessageKey(), e.getArgs())));
    }
}
