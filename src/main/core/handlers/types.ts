import type { Method, Output, ParsedInput } from '../../../shared/contract';
import type { Session } from '../session';

export type Handler<M extends Method> = (input: ParsedInput<M>, session: Session) => Output<M>;
/** Every method of the contract must have a handler: a missing or misspelled one does not compile. */
export type Handlers = { [M in Method]: Handler<M> };
export type HandlerGroup<P extends string> = { [M in Method as M extends `${P}.${string}` ? M : never]: Handler<M> };
