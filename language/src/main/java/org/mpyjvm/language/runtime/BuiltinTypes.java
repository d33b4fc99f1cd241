package org.mpyjvm.language.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The builtin classes, including MicroPython's exception hierarchy. They are created once and shared by all
 * contexts; their methods are filled in by {@link org.mpyjvm.language.builtins.BuiltinTypeMethods} at start-up and
 * never change afterwards.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    public static final PyClass OBJECT = PyClass.builtin("object");
    public static final PyClass TYPE = PyClass.builtin("type", OBJECT);
    public static final PyClass NONE_TYPE = PyClass.builtin("NoneType", OBJECT);
    public static final PyClass INT = PyClass.builtin("int", OBJECT);
    // In MicroPython bool is not an int subclass for isinstance/issubclass (it still does arithmetic like one).
    public static final PyClass BOOL = PyClass.builtin("bool", OBJECT);
    public static final PyClass FLOAT = PyClass.builtin("float", OBJECT);
    public static final PyClass COMPLEX = PyClass.builtin("complex", OBJECT);
    public static final PyClass STR = PyClass.builtin("str", OBJECT);
    public static final PyClass BYTES = PyClass.builtin("bytes", OBJECT);
    public static final PyClass BYTEARRAY = PyClass.builtin("bytearray", OBJECT);
    public static final PyClass MEMORYVIEW = PyClass.builtin("memoryview", OBJECT);
    public static final PyClass LIST = PyClass.builtin("list", OBJECT);
    public static final PyClass TUPLE = PyClass.builtin("tuple", OBJECT);
    public static final PyClass DICT = PyClass.builtin("dict", OBJECT);
    public static final PyClass ORDERED_DICT = PyClass.builtin("OrderedDict", DICT);
    public static final PyClass DICT_VIEW = PyClass.builtin("dict_view", OBJECT);
    public static final PyClass SET = PyClass.builtin("set", OBJECT);
    public static final PyClass FROZENSET = PyClass.builtin("frozenset", OBJECT);
    public static final PyClass RANGE = PyClass.builtin("range", OBJECT);
    public static final PyClass SLICE = PyClass.builtin("slice", OBJECT);
    public static final PyClass FUNCTION = PyClass.builtin("function", OBJECT);
    public static final PyClass GENERATOR_FUNCTION = PyClass.builtin("generator", OBJECT);
    public static final PyClass BOUND_METHOD = PyClass.builtin("bound_method", OBJECT);
    public static final PyClass BUILTIN_FUNCTION = PyClass.builtin("function", OBJECT);
    public static final PyClass MODULE = PyClass.builtin("module", OBJECT);
    public static final PyClass GENERATOR = PyClass.builtin("generator", OBJECT);
    public static final PyClass ITERATOR = PyClass.builtin("iterator", OBJECT);
    // the builtins that make iterators are classes of their own in MicroPython (type(zip()) is zip)
    public static final PyClass ENUMERATE = PyClass.builtin("enumerate", OBJECT);
    public static final PyClass ZIP = PyClass.builtin("zip", OBJECT);
    public static final PyClass MAP = PyClass.builtin("map", OBJECT);
    public static final PyClass FILTER = PyClass.builtin("filter", OBJECT);
    public static final PyClass REVERSED = PyClass.builtin("reversed", OBJECT);
    public static final PyClass PROPERTY = PyClass.builtin("property", OBJECT);
    public static final PyClass CLASSMETHOD = PyClass.builtin("classmethod", OBJECT);
    public static final PyClass STATICMETHOD = PyClass.builtin("staticmethod", OBJECT);
    public static final PyClass SUPER = PyClass.builtin("super", OBJECT);
    public static final PyClass ELLIPSIS = PyClass.builtin("ellipsis", OBJECT);
    public static final PyClass NOT_IMPLEMENTED_TYPE = PyClass.builtin("NotImplementedType", OBJECT);

    public static final PyClass BASE_EXCEPTION = PyClass.builtin("BaseException", OBJECT);
    public static final PyClass SYSTEM_EXIT = PyClass.builtin("SystemExit", BASE_EXCEPTION);
    public static final PyClass KEYBOARD_INTERRUPT = PyClass.builtin("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass GENERATOR_EXIT = PyClass.builtin("GeneratorExit", BASE_EXCEPTION);
    public static final PyClass EXCEPTION = PyClass.builtin("Exception", BASE_EXCEPTION);
    public static final PyClass STOP_ITERATION = PyClass.builtin("StopIteration", EXCEPTION);
    public static final PyClass STOP_ASYNC_ITERATION = PyClass.builtin("StopAsyncIteration", EXCEPTION);
    public static final PyClass ARITHMETIC_ERROR = PyClass.builtin("ArithmeticError", EXCEPTION);
    public static final PyClass OVERFLOW_ERROR = PyClass.builtin("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ZERO_DIVISION_ERROR = PyClass.builtin("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = PyClass.builtin("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = PyClass.builtin("AttributeError", EXCEPTION);
    public static final PyClass EOF_ERROR = PyClass.builtin("EOFError", EXCEPTION);
    public static final PyClass IMPORT_ERROR = PyClass.builtin("ImportError", EXCEPTION);
    public static final PyClass LOOKUP_ERROR = PyClass.builtin("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = PyClass.builtin("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = PyClass.builtin("KeyError", LOOKUP_ERROR);
    public static final PyClass MEMORY_ERROR = PyClass.builtin("MemoryError", EXCEPTION);
    public static final PyClass NAME_ERROR = PyClass.builtin("NameError", EXCEPTION);
    public static final PyClass OS_ERROR = PyClass.builtin("OSError", EXCEPTION);
    public static final PyClass RUNTIME_ERROR = PyClass.builtin("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = PyClass.builtin("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass SYNTAX_ERROR = PyClass.builtin("SyntaxError", EXCEPTION);
    public static final PyClass INDENTATION_ERROR = PyClass.builtin("IndentationError", SYNTAX_ERROR);
    public static final PyClass TYPE_ERROR = PyClass.builtin("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = PyClass.builtin("ValueError", EXCEPTION);
    public static final PyClass UNICODE_ERROR = PyClass.builtin("UnicodeError", VALUE_ERROR);

    private static final Map<String, PyClass> EXCEPTIONS = new HashMap<>();

    static {
        for (PyClass c : new PyClass[]{BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION,
            STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
            ASSERTION_ERROR, ATTRIBUTE_ERROR, EOF_ERROR, IMPORT_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR,
            MEMORY_ERROR, NAME_ERROR, OS_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, SYNTAX_ERROR,
            INDENTATION_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR}) {
            EXCEPTIONS.put(c.getName(), c);
        }
    }

    /** The builtin exception classes by name, for the builtins module and for {@code GuestError}. */
    public static Map<String, PyClass> exceptions() {
        return EXCEPTIONS;
    }

    /** Singletons with no other home. */
    public static final PyObject ELLIPSIS_VALUE = () -> ELLIPSIS;
    public static final PyObject NOT_IMPLEMENTED = () -> NOT_IMPLEMENTED_TYPE;
}
