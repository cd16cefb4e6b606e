package org.parsteering.reminder;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This instance's name in a cluster (host and process, or {@code par.node-name}): recorded with each rule run. */
@Component
class NodeName {

    private final String value;

    NodeName(@Value("${par.node-name:}") String configured) {
        String name = configured;
        if (name.isBlank()) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "localhost";
            }
            name = host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
        }
        this.value = name.length() > 100 ? name.substring(0, 100) : name;
    }

    String value() {
        return value;
    }
}
