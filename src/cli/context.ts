/**
 * What commands need from the outside world, injected so tests can run commands in-process.
 */
import type { OpenedDocument, ReadDocument } from "../usecases/open-document";
import type { FileIdentity } from "./output-file";

export interface CommandContext {
  out(line: string): void;
  err(line: string): void;
  /** Open a file; on failure prints the one-line reason and resolves to undefined. */
  open(file: string): Promise<OpenedDocument | undefined>;
  /** Open a file to read it only (faster; the host refuses changes); as `open` when absent. */
  read?(file: string): Promise<ReadDocument | undefined>;
  readBytes(file: string): Promise<Uint8Array>;
  writeBytes(file: string, bytes: Uint8Array): Promise<void>;
  /** Real path and device/inode of a file, to tell whether two names are the same file. */
  identify(file: string): Promise<FileIdentity>;
}
