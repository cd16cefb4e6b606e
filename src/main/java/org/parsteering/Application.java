package org.parsteering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
// Module boundaries (package-info.java of each feature) are verified by architecture.ModuleBoundariesTest;
// units are the shared kernel every feature may use.
@Modulithic(sharedModules = "unit")
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
