package org.crosscheck.model;

/** Kinds of named things, as in the report contract. */
public enum EntityType { PERSON, ORG, GPE, LOC, NORP, EVENT, WORK }
