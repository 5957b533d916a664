// Import worker entry (issue 3).
export {};
