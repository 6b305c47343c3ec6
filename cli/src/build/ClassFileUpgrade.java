import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step of the cli module (run by the antrun plugin after the shaded jar is made, with ASM on its
 * class path): rewrites the classes under the given package prefixes in a jar to class-file version 52
 * (Java 8) with stack map frames computed by ASM, the same code otherwise.
 *
 * <p>Why: picocli ships Java 5 class files (version 49), and JDK 17's class-data sharing archive never
 * holds a class older than version 50, so every run loaded and verified its ~180 classes from the jar
 * (with the old, inferring verifier) even with the launcher's archive. As version 52 classes they are
 * archived like the rest. Every other entry, and the order and times of all entries, is copied as it is,
 * so the jar stays reproducible.
 *
 * <pre>java -cp asm.jar ClassFileUpgrade JAR PREFIX...</pre>
 */
public final class ClassFileUpgrade {

    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ClassFileUpgrade JAR PREFIX...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path out = jar.resolveSibling(jar.getFileName() + ".upgrade");
        int upgraded = 0;
        // Frames need the common super class of two types: the jar's own classes answer, the JDK's after them.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class") && selected(entry.getName(), args)) {
                    byte[] newer = upgrade(bytes, loader);
                    if (newer != bytes) {
                        upgraded++;
                    }
                    bytes = newer;
                }
                copy(entry, bytes, zip);
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("ClassFileUpgrade: " + upgraded + " classes in " + jar.getFileName() + " now version 52");
    }

    private static boolean selected(String name, String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (name.startsWith(args[i])) {
                return true;
            }
        }
        return false;
    }

    /** The class as version 52 with frames, or the same array when it is version 50 or newer already. */
    private static byte[] upgrade(byte[] bytes, ClassLoader loader) {
        ClassReader reader = new ClassReader(bytes);
        int major = reader.readUnsignedShort(6);
        if (major >= 50) {
            return bytes;
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    private static void copy(ZipEntry entry, byte[] bytes, ZipOutputStream zip) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        if (entry.getMethod() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            copy.setMethod(ZipEntry.STORED);
            copy.setSize(bytes.length);
            copy.setCompressedSize(bytes.length);
            copy.setCrc(crc.getValue());
        }
        zip.putNextEntry(copy);
        zip.write(bytes);
        zip.closeEntry();
    }
}
