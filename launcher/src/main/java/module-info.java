/** bin/mpy: the command line over the mpy language, the boards and the storage engine. */
module org.mpyjvm.launcher {
    requires org.graalvm.polyglot;
    requires org.jline;
    requires org.mpyjvm.language;
    requires org.mpyjvm.ports;
    requires org.mpyjvm.runtime;
    requires org.mpyjvm.stdlib;

    exports org.mpyjvm.launcher;
}
