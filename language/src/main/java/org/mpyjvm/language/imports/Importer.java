package org.mpyjvm.language.imports;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.parser.ParseError;
import org.mpyjvm.language.parser.PythonModuleParser;
import org.mpyjvm.language.runtime.PyCell;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyFunction;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyModule;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.FileAccess;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/**
 * The import system: {@code sys.modules} first, then builtin modules (Java, from {@link ModuleDefinition}
 * providers), then the entries of {@code sys.path} in order: {@code .frozen} stands for the frozen {@code .py}
 * sources ({@link FrozenModules}), any other entry is a folder of {@code .py} files and packages read through the
 * installed {@link FileAccess}.
 */
public final class Importer {
    private final MpyContext context;
    private final PyDict modules = new PyDict();
    /** Built-in modules and {@code __main__}: importable once made, but, as in MicroPython, not in sys.modules. */
    private final Map<String, PyModule> builtinInstances = new HashMap<>();
    private final Map<String, ServiceLoader.Provider<ModuleDefinition>> builtinModules = new HashMap<>();
    private final FrozenModules frozen = new FrozenModules();
    private final FileAccess fileAccess;
    private PyList path;

    public Importer(MpyContext context) {
        this.context = context;
        for (ServiceLoader.Provider<ModuleDefinition> p : ServiceLoader.load(ModuleDefinition.class,
            Importer.class.getClassLoader()).stream().toList()) {
            BuiltinModule annotation = p.type().getAnnotation(BuiltinModule.class);
            if (annotation != null) {
                builtinModules.put(annotation.value(), p);
            }
        }
        FileAccess fa = ServiceLoader.load(FileAccess.class, Importer.class.getClassLoader()).findFirst().orElse(null);
        if (fa != null) {
            fa.configure(context.getEnvOptions());
        }
        this.fileAccess = fa;
    }

    public PyDict modules() {
        return modules;
    }

    /** sys.path (the list object itself, so scripts may modify it). */
    public PyList path() {
        if (path == null) {
            path = new PyList(new Object[]{"", ".frozen", "/lib"});
        }
        return path;
    }

    /** Adds a frozen module's source, found through the {@code .frozen} entry of sys.path like the jar's own. */
    public void addFrozen(String name, String source) {
        frozen.add(name.replace('.', '/') + ".py", source);
    }

    public void registerModule(String name, PyModule module) {
        builtinInstances.put(name, module);
    }

    /** The names of the Java builtin modules, for help('modules') and tests. */
    public java.util.Set<String> builtinModuleNames() {
        return builtinModules.keySet();
    }

    @TruffleBoundary
    public Object importModule(String name) {
        Object m = tryImport(name);
        if (m == null) {
            throw Errors.noModule(name);
        }
        return m;
    }

    /** The module, or null when nothing provides it. */
    @TruffleBoundary
    public Object tryImport(String name) {
        Object cached = modules.get(name);
        if (cached != null) {
            return cached;
        }
        PyModule made = builtinInstances.get(name);
        if (made != null) {
            return made;
        }
        int dot = name.lastIndexOf('.');
        Object parent = null;
        if (dot > 0) {
            parent = importModule(name.substring(0, dot));
        }
        Object m = load(name, parent);
        if (m != null && parent instanceof PyModule p) {
            p.getGlobals().put(name.substring(dot + 1), m);
        }
        return m;
    }

    private Object load(String name, Object parent) {
        ServiceLoader.Provider<ModuleDefinition> provider = builtinModules.get(name);
        if (provider != null) {
            return createBuiltin(name, provider.get());
        }
        String leaf = name.substring(name.lastIndexOf('.') + 1);
        Iterable<Object> dirs;
        if (parent instanceof PyModule p && p.getGlobals().get("__path__") instanceof String pkgDir) {
            dirs = java.util.List.of(pkgDir);
        } else {
            dirs = path().items();
        }
        for (Object d : dirs) {
            if (!(d instanceof String dir)) {
                continue;
            }
            String base = dir.isEmpty() ? leaf : (dir.endsWith("/") ? dir + leaf : dir + "/" + leaf);
            Object m = dir.equals(FrozenModules.PATH_ENTRY) || dir.startsWith(FrozenModules.PATH_ENTRY + "/")
                ? loadFrozen(name, base) : loadFile(name, base);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** A frozen package or module at {@code base} ({@code .frozen/...}); its __file__ omits the .frozen prefix. */
    private Object loadFrozen(String name, String base) {
        String relative = base.substring(FrozenModules.PATH_ENTRY.length() + 1);
        if (frozen.isPackage(relative)) {
            String init = relative + "/__init__.py";
            return execute(name, frozen.source(init), init, true, base);
        }
        String source = frozen.source(relative + ".py");
        return source == null ? null : execute(name, source, relative + ".py", false, null);
    }

    private Object loadFile(String name, String base) {
        if (fileAccess == null) {
            return null;
        }
        if (fileAccess.stat(base) == FileAccess.Kind.DIRECTORY) {
            String init = base + "/__init__.py";
            String text = fileAccess.stat(init) == FileAccess.Kind.FILE ? readText(init) : "";
            return execute(name, text, init, true, base);
        }
        String file = base + ".py";
        if (fileAccess.stat(file) == FileAccess.Kind.FILE) {
            return execute(name, readText(file), file, false, null);
        }
        return null;
    }

    private String readText(String path) {
        try {
            return new String(fileAccess.read(path), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw Errors.create(org.mpyjvm.language.runtime.BuiltinTypes.OS_ERROR, e.getMessage());
        }
    }

    private PyModule createBuiltin(String name, ModuleDefinition definition) {
        BuiltinModule annotation = definition.getClass().getAnnotation(BuiltinModule.class);
        boolean fixed = annotation == null || !annotation.mutableInMicroPython();
        PyModule module = new PyModule(name, new PyDict(), fixed);
        BuiltinRegistry.functionsOf(definition.getClass(), definition).forEach(module.getGlobals()::put);
        builtinInstances.put(name, module);
        try {
            initialize(name, module, definition);
        } catch (RuntimeException e) {
            // a module the board does not have refuses in initialize(): the next import must refuse again
            builtinInstances.remove(name);
            throw e;
        }
        return module;
    }

    private void initialize(String name, PyModule module, ModuleDefinition definition) {
        definition.initialize(new ModuleSetup() {
            @Override
            public Map<String, String> env() {
                return context.getEnvOptions();
            }

            @Override
            public void setAttribute(String attribute, Object value) {
                module.getGlobals().put(attribute, value);
            }

            @Override
            public String moduleName() {
                return name;
            }
        });
    }

    /** Runs module source in a fresh module registered under {@code name} (removed again if it fails). */
    private PyModule execute(String name, String text, String file, boolean isPackage, String packageDir) {
        PyModule module = new PyModule(name, new PyDict());
        module.getGlobals().put("__file__", file);
        if (isPackage) {
            module.getGlobals().put("__path__", packageDir);
        }
        modules.put(name, module);
        try {
            Source source = Source.newBuilder("mpy", text, file).build();
            RootCallTarget target = PythonModuleParser.parse(context.getLanguage(), source, false);
            target.call(new PyFunction("<module>", target, module.getGlobals(), new PyCell[0],
                PythonModuleParser.MODULE_SIGNATURE, new Object[0], null, false));
        } catch (ParseError e) {
            modules.storage().remove(name);
            throw e.toPythonException(file);
        } catch (RuntimeException e) {
            modules.storage().remove(name);
            throw e;
        }
        return module;
    }

    /** Absolute module name for {@code from ..x import y} inside the module whose globals are given. */
    public String resolveRelative(String name, int level, PyDict globals) {
        if (level == 0) {
            return name;
        }
        Object current = globals.get("__name__");
        String pkg = current instanceof String s ? s : "";
        if (globals.get("__path__") == null) {
            int dot = pkg.lastIndexOf('.');
            pkg = dot < 0 ? "" : pkg.substring(0, dot);
        }
        for (int i = 1; i < level; i++) {
            int dot = pkg.lastIndexOf('.');
            pkg = dot < 0 ? "" : pkg.substring(0, dot);
        }
        if (pkg.isEmpty()) {
            throw Errors.create(org.mpyjvm.language.runtime.BuiltinTypes.IMPORT_ERROR, "can't perform relative import");
        }
        return name == null || name.isEmpty() ? pkg : pkg + "." + name;
    }

    static String repr(Object o) {
        return PyOps.repr(o);
    }
}
