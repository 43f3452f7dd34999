#!/usr/bin/env node
// Entry point installed as `tthc`: runs the compiled program (npm install builds it).
import '../dist/bin.js';
