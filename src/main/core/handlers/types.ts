import type { Method, Output, ParsedInput } from '../../../shared/contract';
import type { Capabilities } from '../capabilities';
import type { Session } from '../session';

/** Methods served with the host's capabilities (handlers/host.ts); every other method is the core's own. */
export type HostMethod =
  | 'report.export'
  | 'minutes.export'
  | 'shell.openExternal'
  | 'file.choose'
  | 'import.read'
  | 'spreadsheet.export'
  | 'incentive.export'
  | 'deck.export';
export type CoreMethod = Exclude<Method, HostMethod>;

export type Handler<M extends Method> = (input: ParsedInput<M>, session: Session) => Output<M>;
/** Runs a core method's handler (in its own transaction) on behalf of a host method. */
export type ReadCore = <M extends CoreMethod>(method: M, input: ParsedInput<M>) => Output<M>;
export type HostHandler<M extends HostMethod> = (
  input: ParsedInput<M>,
  host: Capabilities,
  read: ReadCore,
) => Output<M> | Promise<Output<M>>;

/** Every method of the contract must have a handler: a missing or misspelled one does not compile. */
export type Handlers = { [M in CoreMethod]: Handler<M> };
export type HostHandlers = { [M in HostMethod]: HostHandler<M> };
export type HandlerGroup<P extends string> = { [M in CoreMethod as M extends `${P}.${string}` ? M : never]: Handler<M> };
