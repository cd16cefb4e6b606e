package org.parsteering.api;

import jakarta.servlet.MultipartConfigElement;
import org.parsteering.base.tabular.ImportLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart requests may carry a file as large as an import may be ({@code par.imports.max-bytes}), not
 * the container's 1 MB default; the container keeps the parts on disk, never in memory.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(ImportLimits limits) {
        long max = limits.maxBytes().toBytes();
        return new MultipartConfigElement("", max, max + ImportApiController.MULTIPART_OVERHEAD, 0);
    }
}
