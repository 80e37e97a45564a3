package org.daybrief.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Lists the files of a job's sources: folders (walked recursively, links to folders not followed, so a link
 * loop cannot trap the walk), globs ({@code archive/**}{@code /*.html}) and single files, in one sorted order so
 * runs are deterministic. Hidden files are passed over. A link to a file is read only when the file it leads to
 * lies inside one of the sources: a link in a news folder to {@code /etc/passwd} must not put that file into a
 * digest; a user who wants an outside file adds its folder (or the file) as a source.
 */
public final class SourceScanner {

    private final Path base;

    /** @param base the folder relative sources are resolved against (the working folder) */
    public SourceScanner(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    public List<SourceFile> scan(List<String> sources) {
        List<Path> roots = sources.stream().map(this::root).map(SourceScanner::real).toList();
        TreeMap<String, SourceFile> found = new TreeMap<>();
        for (String source : sources) {
            for (SourceFile f : scanOne(source, roots)) {
                found.putIfAbsent(f.displayPath(), f);
            }
        }
        return List.copyOf(found.values());
    }

    /** True when the source names something that exists (a glob always does: it may match nothing today). */
    public boolean exists(String source) {
        return isGlob(source) || Files.exists(base.resolve(source));
    }

    /** The folder a source's files are under (a glob's part before its first wildcard), or the file it names. */
    private Path root(String source) {
        if (!isGlob(source)) {
            return base.resolve(source).normalize();
        }
        int slash = source.lastIndexOf('/', indexOfWildcard(source));
        return base.resolve(slash < 0 ? "." : source.substring(0, slash + 1)).normalize();
    }

    /** Where a path really is, links resolved; the path itself when it cannot be resolved (it is not there). */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private List<SourceFile> scanOne(String source, List<Path> roots) {
        List<SourceFile> out = new ArrayList<>();
        if (isGlob(source)) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + base.resolve(source).normalize());
            walk(root(source), roots, out, p -> matcher.matches(p));
        } else {
            Path p = base.resolve(source).normalize();
            if (Files.isDirectory(p)) {
                walk(p, roots, out, x -> true);
            } else if (Files.isRegularFile(p)) {
                out.add(new SourceFile(display(p), p, null));
            } else {
                out.add(new SourceFile(display(p), null, Files.exists(p) ? "not a regular file" : "not found"));
            }
        }
        out.sort(Comparator.comparing(SourceFile::displayPath));
        return out;
    }

    private void walk(Path root, List<Path> roots, List<SourceFile> out, java.util.function.Predicate<Path> accept) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file) || !accept.test(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        // A link to a file inside the sources is read as that file; a link to a folder is not
                        // followed; a link that leads out of the sources is named with where it leads.
                        if (Files.isDirectory(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        Path target = real(file);
                        if (!target.equals(file) && roots.stream().noneMatch(target::startsWith)) {
                            out.add(new SourceFile(display(file), null, "link outside the sources: -> " + target));
                        } else if (Files.isRegularFile(file)) {
                            out.add(new SourceFile(display(file), file, null));
                        } else {
                            out.add(new SourceFile(display(file), null, brokenLink(file)));
                        }
                    } else if (attrs.isRegularFile()) {
                        out.add(new SourceFile(display(file), file, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    out.add(new SourceFile(display(file), null, "cannot read: "
                            + e.getClass().getSimpleName().replace("Exception", "")));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(new SourceFile(display(root), null, "cannot list: " + e.getMessage()));
        }
    }

    /** Why a link leads to no file: it points at nothing, or it ends up pointing at itself. */
    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "not a regular file";
        } catch (java.nio.file.FileSystemException e) {
            String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
            return reason.contains("levels of symbolic links") || reason.contains("loop")
                    ? "symbolic link loop" : "broken link";
        } catch (IOException e) {
            return "broken link";
        }
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        // Shown with '/' everywhere; only a separator becomes one ('\\' is a name's character on Linux).
        String separator = shown.getFileSystem().getSeparator();
        return separator.equals("/") ? shown.toString() : shown.toString().replace(separator, "/");
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static boolean isGlob(String source) {
        return indexOfWildcard(source) >= 0;
    }

    private static int indexOfWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }
}
