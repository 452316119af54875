package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Quarkus loads test resources once per application class loader; they must all share one pair of servers. */
class SharedAcrossClassLoadersTest {

    @Test
    void anotherClassLoaderReusesTheServersAndTheTestKey() throws Exception {
        EmbeddedInfra here = EmbeddedInfra.shared();
        String pem = TestTokens.publicKeyPem();

        try (URLClassLoader other = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> infraClass = other.loadClass(EmbeddedInfra.class.getName());
            assertThat(infraClass).isNotSameAs(EmbeddedInfra.class);
            Object there = infraClass.getMethod("shared").invoke(null);
            Object pg = infraClass.getMethod("postgres").invoke(there);
            Object kafka = infraClass.getMethod("kafka").invoke(there);

            assertThat(pg.getClass().getMethod("port").invoke(pg)).isEqualTo(here.postgres().port());
            assertThat(pg.getClass().getMethod("pid").invoke(pg)).as("attached, not started").isEqualTo(-1L);
            assertThat(kafka.getClass().getMethod("bootstrapServers").invoke(kafka))
                    .isEqualTo(here.kafka().bootstrapServers());
            assertThat(other.loadClass(TestTokens.class.getName()).getMethod("publicKeyPem").invoke(null))
                    .isEqualTo(pem);

            // The attached handle works: it can create a database on the shared server.
            pg.getClass().getMethod("createDatabase", String.class).invoke(pg, "from_other_loader");
            assertThat(SharedInfraTest.queryString(here.postgres(), "from_other_loader", "SELECT 1")).isEqualTo("1");
        }
    }

    /** Surefire may hand over a single manifest-only jar; URLClassLoader follows its Class-Path too. */
    private static URL[] classPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
