// The source of libparcours_shared_for_tests.so, which holds every object of Parcours's static
// libraries (see "One shared library for the tests" in cmake/ParcoursTargets.cmake); a library
// needs at least one source of its own.
